package org.verbatim.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.verbatim.index.ArticleSearch;
import org.verbatim.index.ExtraDocuments;
import org.verbatim.index.Ingester;
import org.verbatim.index.QuoteDocuments;

/** What single-machine ingest and the Spark job made of one input, per article id, for comparing the two. */
record Reference(long read, long ok, long skipped, long failed, long duplicates, Map<String, String> clusters,
                 Map<String, Integer> quotes) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code verbatim ingest} on the inputs, into a fresh index. */
    static Reference ingest(Path index, List<String> inputs, boolean quotes) throws Exception {
        Ingester.Options d = Ingester.Options.defaults(index);
        Ingester.Options o = new Ingester.Options(index, 2, d.queue(), d.commitEvery(),
                quotes ? new QuoteDocuments() : ExtraDocuments.NONE, false);
        Ingester.Report r = new Ingester(o, url -> {
            throw new IllegalArgumentException("no URLs in tests: " + url);
        }).run(inputs, null);
        Map<String, String> clusters = new HashMap<>();
        Map<String, Integer> q = new HashMap<>();
        try (ArticleSearch s = ArticleSearch.open(index)) {
            s.forEachArticle(a -> {
                clusters.put(a.id(), a.cluster());
                try {
                    q.put(a.id(), JSON.readTree(a.json()).path("quotes").size());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        return new Reference(r.read(), r.ok(), r.skipped(), r.failed(), r.duplicates(), clusters, q);
    }

    /** The Spark job's output in {@code dir} with its report. */
    static Reference spark(SparkSession spark, SparkJob.Report r, Path dir, SparkJob.Format format) {
        Map<String, String> clusters = new HashMap<>();
        Map<String, Integer> q = new HashMap<>();
        String articles = dir.resolve("articles").toString();
        var d = format == SparkJob.Format.JSONL ? spark.read().schema(ArticleSchema.OUTPUT).json(articles)
                : spark.read().parquet(articles);
        for (Row row : d.select(col("id"), col("cluster"), size(col("quotes"))).collectAsList()) {
            clusters.put(row.getString(0), row.getString(1));
            q.put(row.getString(0), row.getInt(2));
        }
        return new Reference(r.read(), r.ok(), r.skipped(), r.failed(), r.duplicates(), clusters, q);
    }

    /** Each article's row as JSON, by id: what "identical output" compares. */
    static Map<String, String> articleJson(SparkSession spark, Path dir, SparkJob.Format format) {
        String articles = dir.resolve("articles").toString();
        var d = format == SparkJob.Format.JSONL ? spark.read().schema(ArticleSchema.OUTPUT).json(articles)
                : spark.read().schema(ArticleSchema.OUTPUT).parquet(articles);
        Map<String, String> out = new HashMap<>();
        for (Row row : d.select(col("id"), org.apache.spark.sql.functions.to_json(
                org.apache.spark.sql.functions.struct(col("*")))).collectAsList()) {
            out.put(row.getString(0), row.getString(1));
        }
        return out;
    }
}
