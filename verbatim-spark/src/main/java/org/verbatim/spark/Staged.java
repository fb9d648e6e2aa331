package org.verbatim.spark;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.verbatim.json.ArticleJson;
import org.verbatim.ingest.Outcome;
import org.verbatim.pipeline.Processed;
import org.verbatim.pipeline.ProcessedArticle;
import org.verbatim.ingest.SourceRecord;
import org.verbatim.enrich.fingerprint.Syndication;

/**
 * The rows of the first pass, one per record read (and one per gap), written once to the job's work folder: every
 * output and every count after it is derived from them, so no record is processed twice.
 */
final class Staged {
    static final String OK = "ok";
    static final String SKIPPED = "skipped";
    static final String FAILED = "failed";
    static final String GAP = "gap";

    /**
     * {@code status} ok, skipped, failed or gap; {@code source} the archive; {@code offset} the byte offset of the
     * record (of its gzip member) or gap; {@code record} the WARC-Record-ID or {@code @offset}; {@code reason} why it
     * was not ok; for ok records the article {@code id}, {@code content_hash}, MinHash {@code signature}, LSH
     * {@code band_keys} (content key excluded), {@code published_key} and the Article JSON line.
     */
    static final StructType SCHEMA = createStructType(new org.apache.spark.sql.types.StructField[] {
        createStructField("status", StringType, false),
        createStructField("source", StringType, false),
        createStructField("offset", LongType, true),
        createStructField("record", StringType, true),
        createStructField("reason", StringType, true),
        createStructField("id", StringType, true),
        createStructField("content_hash", StringType, true),
        createStructField("signature", createArrayType(IntegerType, false), true),
        createStructField("band_keys", createArrayType(StringType, false), true),
        createStructField("published_key", LongType, true),
        createStructField("article", StringType, true),
    });

    private Staged() {
    }

    static Row of(Processed<ProcessedArticle> p) {
        SourceRecord r = p.record();
        Long offset = offset(r);
        if (!p.outcome().isOk()) {
            return RowFactory.create(p.outcome().status().name().toLowerCase(Locale.ROOT), r.source(), offset,
                    r.recordId(), p.outcome().reason(), null, null, null, null, null, null);
        }
        ProcessedArticle a = p.value();
        Integer[] sig = java.util.Arrays.stream(a.fingerprint().signature()).boxed().toArray(Integer[]::new);
        // without the content key: articles with one content hash are one node anyway
        String[] bands = a.fingerprint().bandKeys().stream().filter(k -> !k.startsWith("c")).toArray(String[]::new);
        return RowFactory.create(OK, r.source(), offset, r.recordId(), null, a.id(), a.fingerprint().contentHash(),
                sig, bands, Syndication.publishedKey(a.article().published()), ArticleJson.toLine(a.article()));
    }

    static Row failed(SourceRecord r, String reason) {
        return RowFactory.create(FAILED, r.source(), offset(r), r.recordId(), reason, null, null, null, null, null,
                null);
    }

    static Row gap(String source, long offset, long length) {
        return RowFactory.create(GAP, source, offset, "@" + offset, "skipped " + length
                + " bytes that hold no record, at byte " + offset, null, null, null, null, null, null);
    }

    static Outcome.Status status(Row staged) {
        return Outcome.Status.valueOf(staged.getString(0).toUpperCase(Locale.ROOT));
    }

    /**
     * The record's byte offset in its file: from the page's source ({@code file@1234}, or {@code file@1234+56} inside
     * a gzip member holding several records) or from an {@code @offset} record id; {@code null} when unknown.
     */
    static Long offset(SourceRecord r) {
        String where = null;
        if (r.page() != null && r.page().source() != null && r.page().source().startsWith(r.source() + "@")) {
            where = r.page().source().substring(r.source().length() + 1);
        } else if (r.recordId() != null && r.recordId().startsWith("@")) {
            where = r.recordId().substring(1);
        }
        if (where == null) {
            return null;
        }
        int plus = where.indexOf('+');
        try {
            return Long.parseLong(plus < 0 ? where : where.substring(0, plus));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
