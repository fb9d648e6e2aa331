package org.verbatim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.verbatim.Verbatim;
import org.verbatim.eval.GoldenPages;
import org.verbatim.json.ArticleJson;

/** The Parquet schema is the Article JSON contract: the same keys, in the same order, at every level. */
class ArticleSchemaTest {

    @Test
    void everyKeyOfTheArticleJsonIsAColumnInItsOrder() {
        // a demo page with quotes, speakers, entities, an image and headings fills every nested object
        JsonNode json = null;
        for (GoldenPages.Golden g : GoldenPages.all()) {
            JsonNode j = ArticleJson.toNode(Verbatim.annotate(Verbatim.extract(g.html(), g.url())));
            if (!j.path("image").isNull() && j.path("quotes").size() > 0 && j.path("time_expressions").size() > 0
                    && j.path("quotes").findValues("speaker").stream().anyMatch(JsonNode::isObject)) {
                json = j;
                break;
            }
        }
        assertThat(json).as("a demo page with every nested object").isNotNull();
        List<String> top = new ArrayList<>();
        json.fieldNames().forEachRemaining(top::add);
        assertThat(ArticleSchema.ARTICLE.fieldNames()).containsExactlyElementsOf(top);
        check(json, ArticleSchema.ARTICLE, "");
        assertThat(ArticleSchema.OUTPUT.fieldNames()).startsWith("id", "cluster", "copies");
        assertThat(new String(ArticleJson.toLine(Verbatim.extract("<p>x</p>".getBytes(StandardCharsets.UTF_8),
                null)).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).contains("\"page_type\"");
    }

    private static void check(JsonNode node, StructType schema, String path) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        // nested keys may be absent (only headings have a level)
        assertThat(schema.fieldNames()).as(path).containsSubsequence(keys);
        for (StructField f : schema.fields()) {
            JsonNode v = node.get(f.name());
            DataType t = f.dataType();
            if (v == null) {
                continue;
            }
            if (t instanceof ArrayType a && a.elementType() instanceof StructType s && v.size() > 0) {
                check(v.get(0), s, path + f.name() + "[].");
            } else if (t instanceof StructType s && v.isObject()) {
                check(v, s, path + f.name() + ".");
            }
        }
    }
}
