package org.verbatim.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Article JSON contract ({@link org.verbatim.json.ArticleJson}, with {@link org.verbatim.json.AnnotationJson}'s
 * who-said-what keys) as a Spark schema, field for field and in the same order, so that the Parquet columns are the
 * JSON keys. A test holds the two together.
 */
final class ArticleSchema {
    private ArticleSchema() {
    }

    private static StructField f(String name, DataType type) {
        return new StructField(name, type, true, Metadata.empty());
    }

    private static StructType struct(StructField... fields) {
        return new StructType(fields);
    }

    static final StructType MENTION = struct(f("text", StringType), f("start", IntegerType), f("end", IntegerType),
            f("where", StringType));

    static final StructType QUOTE_SPEAKER = struct(f("name", StringType), f("mention", StringType),
            f("mention_start", IntegerType), f("mention_end", IntegerType), f("type", StringType),
            f("title", StringType));

    static final StructType QUOTE = struct(f("text", StringType), f("start", IntegerType), f("end", IntegerType),
            f("kind", StringType), f("cue", StringType), f("cue_start", IntegerType), f("cue_end", IntegerType),
            f("speaker", QUOTE_SPEAKER), f("said_on", StringType), f("where", StringType));

    /** The Article JSON, key for key. */
    static final StructType ARTICLE = struct(
            f("schema_version", IntegerType), f("source", StringType), f("url", StringType), f("canonical_url", StringType), f("title", StringType),
            f("standfirst", StringType), f("authors", createArrayType(StringType)),
            f("agencies", createArrayType(StringType)), f("credits", createArrayType(StringType)),
            f("published", StringType), f("published_is_update", BooleanType), f("modified", StringType),
            f("site_name", StringType), f("language", StringType), f("section", StringType),
            f("tags", createArrayType(StringType)),
            f("image", struct(f("url", StringType), f("caption", StringType), f("credit", StringType))),
            f("paywalled", BooleanType), f("page_type", StringType), f("page_type_confidence", DoubleType),
            f("text", StringType),
            f("blocks", createArrayType(struct(f("type", StringType), f("text", StringType),
                    f("level", IntegerType)))),
            f("quotes", createArrayType(QUOTE)),
            f("speakers", createArrayType(struct(f("name", StringType), f("title", StringType), f("type", StringType),
                    f("mentions", createArrayType(MENTION))))),
            f("entities", createArrayType(struct(f("name", StringType), f("type", StringType),
                    f("mentions", createArrayType(MENTION))))),
            f("time_expressions", createArrayType(struct(f("text", StringType), f("start", IntegerType),
                    f("end", IntegerType), f("value", StringType), f("where", StringType)))),
            f("warnings", createArrayType(StringType)),
            f("producer", struct(f("verbatim", StringType),
                    f("models", org.apache.spark.sql.types.DataTypes.createMapType(StringType, StringType)))));

    /** A row of {@code articles/}: the article's id, its cluster and the cluster's size, then the Article JSON. */
    static final StructType OUTPUT = outputSchema();

    private static StructType outputSchema() {
        StructType s = struct(f("id", StringType), f("cluster", StringType), f("copies", LongType));
        for (StructField field : ARTICLE.fields()) {
            s = s.add(field);
        }
        return s;
    }
}
