package org.verbatim.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on archives written for the test, against {@code ingest} on the same files: the same counts, the same
 * article ids, quotes and clusters; a retried task changes nothing; record ranges read the same articles.
 */
class SparkJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static TestCorpus corpus;
    static Reference ingest;
    static SparkJob.Report report;
    static Path out;

    @BeforeAll
    static void runBoth() throws Exception {
        corpus = new TestCorpus(Files.createDirectories(dir.resolve("in")));
        ingest = Reference.ingest(dir.resolve("index"), corpus.paths(), true);
        out = dir.resolve("out");
        report = SparkJob.run(SparkTests.session(), new SparkJob.Options(corpus.paths(), out.toString(),
                SparkJob.Format.PARQUET));
    }

    @Test
    void countsIdsQuotesAndClustersEqualIngests() {
        Reference spark = Reference.spark(SparkTests.session(), report, out, SparkJob.Format.PARQUET);
        assertThat(spark.read()).isEqualTo(ingest.read());
        assertThat(spark.ok()).isEqualTo(ingest.ok());
        assertThat(spark.skipped()).isEqualTo(ingest.skipped());
        assertThat(spark.failed()).isEqualTo(ingest.failed()).isEqualTo(1); // the corrupt member
        assertThat(spark.duplicates()).isEqualTo(ingest.duplicates()).isEqualTo(1);
        assertThat(spark.clusters().keySet()).isEqualTo(ingest.clusters().keySet()).hasSize(20);
        assertThat(spark.quotes()).isEqualTo(ingest.quotes());
        assertThat(spark.quotes().values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(20);
        assertThat(spark.clusters()).isEqualTo(ingest.clusters());
        // the demo's wire copy and four reprints join their originals
        assertThat(new HashSet<>(spark.clusters().values())).hasSize(20 - 5);
        // the first reprint, dated two days before its original, names their cluster
        Map<String, String> byUrl = urls();
        String original = byUrl.get(org.verbatim.eval.GoldenPages.all().get(0).url());
        String reprint = byUrl.get("https://reprint0.example/story");
        assertThat(spark.clusters()).containsEntry(original, reprint).containsEntry(reprint, reprint);
    }

    @Test
    void theReportAddsUpAndItsAccumulatorsAgreeWithTheRowsWritten() throws Exception {
        assertThat(report.addsUp()).isTrue();
        assertThat(report.read()).isEqualTo(report.staged().get("ok") + report.staged().get("skipped")
                + report.staged().get("failed"));
        assertThat(report.ok()).isEqualTo(report.staged().get("ok"));
        assertThat(report.gaps()).isEqualTo(report.staged().get("gap")).isEqualTo(1);
        assertThat(report.articles()).isEqualTo(report.ok() - report.duplicates());
        assertThat(report.skippedReasons()).containsKeys("warc type", "not html", "http status");
        JsonNode r = JSON.readTree(out.resolve("report.json").toFile());
        for (String k : List.of("read", "ok", "skipped", "failed", "duplicates", "seconds", "articles_per_second",
                "cores")) {
            assertThat(r.has(k)).as(k).isTrue();
        }
        assertThat(r.get("read").asLong()).isEqualTo(r.get("ok").asLong() + r.get("skipped").asLong()
                + r.get("failed").asLong());
        assertThat(r.get("cores").asInt()).isEqualTo(2);
        assertThat(report.stepCpuSeconds().get("extract")).isPositive();
        assertThat(Files.exists(out.resolve(SparkJob.WORK))).isFalse();
    }

    @Test
    void rejectsNameTheSourceOffsetAndReason() throws Exception {
        List<JsonNode> rejects = jsonLines(out.resolve("rejects"));
        assertThat(rejects).hasSize(2);
        JsonNode failed = rejects.stream().filter(j -> j.get("status").asText().equals("failed")).findFirst()
                .orElseThrow();
        assertThat(failed.get("source").asText()).endsWith("a.warc.gz");
        assertThat(failed.get("reason").asText()).startsWith("at byte " + failed.get("offset").asLong()
                + ": corrupt record");
        JsonNode gap = rejects.stream().filter(j -> j.get("status").asText().equals("gap")).findFirst().orElseThrow();
        assertThat(gap.get("offset").asLong()).isGreaterThan(failed.get("offset").asLong());
    }

    @Test
    void quotesAndSpeakersAreDerivedFromTheArticles() {
        SparkSession spark = SparkTests.session();
        var quotes = spark.read().parquet(out.resolve("quotes").toString());
        assertThat(quotes.count()).isEqualTo(report.quotes())
                .isEqualTo(ingest.quotes().values().stream().mapToInt(Integer::intValue).sum());
        assertThat(quotes.columns()).contains("article_id", "url", "site", "published", "text", "speaker");
        var speakers = spark.read().parquet(out.resolve("speakers").toString());
        assertThat(speakers.columns()).containsExactly("name", "type", "titles", "quotes", "articles", "first_date",
                "last_date");
        long attributed = quotes.filter("speaker is not null").count();
        assertThat(speakers.selectExpr("sum(quotes)").first().getLong(0)).isEqualTo(attributed);
        assertThat(speakers.count()).isEqualTo(report.speakers()).isPositive();
    }

    /**
     * The first attempt of one task fails after two rows; Spark retries it (local[2,2]). The output is the first
     * run's, row for row, and every record is counted once. This run settles clusters in SQL (no edge on the
     * driver), the first on the driver: the same clusters either way.
     */
    @Test
    void aTaskFailedOnItsFirstAttemptAndRetriedLeavesNoDuplicateOrMissingRow() throws Exception {
        Path retried = dir.resolve("retried");
        SparkJob.Report r = SparkJob.run(SparkTests.session(), new SparkJob.Options(corpus.paths(), null, null,
                retried.toString(), SparkJob.Format.JSONL, true, false, false, 0, 0));
        assertThat(List.of(r.read(), r.ok(), r.skipped(), r.failed(), r.duplicates(), r.articles(), r.gaps()))
                .isEqualTo(List.of(report.read(), report.ok(), report.skipped(), report.failed(), report.duplicates(),
                        report.articles(), report.gaps()));
        Map<String, String> first = Reference.articleJson(SparkTests.session(), out, SparkJob.Format.PARQUET);
        Map<String, String> second = Reference.articleJson(SparkTests.session(), retried, SparkJob.Format.JSONL);
        assertThat(second).isEqualTo(first);
        assertThat(jsonLines(retried.resolve("articles"))).hasSize(first.size());
    }

    /**
     * The job runs its queries on Spark's interpreted expressions: a run compiles next to no generated class (about
     * 110 a run with generated code, even when the JVM had compiled the same code for the run before), and the
     * session's settings are as they were after it.
     */
    @Test
    void aRunCompilesNoGeneratedCodeAndLeavesTheSessionsSettingsAlone() throws Exception {
        SparkSession spark = SparkTests.session();
        long before = org.apache.spark.metrics.source.CodegenMetrics.METRIC_COMPILATION_TIME().getCount();
        SparkJob.Report r = SparkJob.run(spark, new SparkJob.Options(corpus.paths(), dir.resolve("interpreted")
                .toString(), SparkJob.Format.JSONL));
        long compiled = org.apache.spark.metrics.source.CodegenMetrics.METRIC_COMPILATION_TIME().getCount() - before;
        assertThat(r.articles()).isEqualTo(report.articles());
        assertThat(compiled).isLessThan(30);
        assertThat(spark.conf().contains(SparkJob.FACTORY_MODE)).isFalse();
        assertThat(spark.conf().contains(SparkJob.WHOLE_STAGE)).isFalse();
    }

    /** The response records alone, named by (path, offset, length) in a Parquet file, give the same articles. */
    @Test
    void recordRangesAreReadByByteRange() throws Exception {
        SparkSession spark = SparkTests.session();
        StructType schema = new StructType().add("warc_path", DataTypes.StringType)
                .add("offset", DataTypes.LongType).add("length", DataTypes.LongType);
        List<Row> rows = corpus.responses.stream().filter(x -> x.file().toString().endsWith(".gz"))
                .map(x -> RowFactory.create(x.file().toString(), x.offset(), x.length())).toList();
        Path records = dir.resolve("records.parquet");
        spark.createDataFrame(rows, schema).write().parquet(records.toString());
        Path ranged = dir.resolve("ranged");
        SparkJob.Report r = SparkJob.run(spark, new SparkJob.Options(List.of(), records.toString(), null,
                ranged.toString(), SparkJob.Format.PARQUET, true, false, false, -1,
                SparkSyndication.DRIVER_EDGES));
        assertThat(r.read()).isEqualTo(rows.size());
        assertThat(r.failed()).isZero();
        Map<String, String> all = Reference.articleJson(spark, out, SparkJob.Format.PARQUET);
        Map<String, String> some = Reference.articleJson(spark, ranged, SparkJob.Format.PARQUET);
        assertThat(all.keySet()).containsAll(some.keySet());
        assertThat(some).hasSize((int) (r.ok() - r.duplicates()));
        assertThat(r.ok()).isGreaterThanOrEqualTo(rows.size() - 1L);
        // the source and offsets are the file's
        var offsets = spark.read().parquet(ranged.resolve("articles").toString()).select("source").collectAsList();
        assertThat(offsets).allSatisfy(row -> assertThat(row.getString(0)).matches(".*\\.warc\\.gz@\\d+"));
    }

    @Test
    void anOutputFolderThatHoldsSomethingIsRefusedUnlessOverwritten() {
        assertThatThrownBy(() -> SparkJob.run(SparkTests.session(), new SparkJob.Options(corpus.paths(),
                out.toString(), SparkJob.Format.PARQUET))).isInstanceOf(SparkJob.UsageException.class)
                .hasMessageContaining("is not empty");
        assertThatThrownBy(() -> SparkJob.run(SparkTests.session(), new SparkJob.Options(
                List.of(dir.resolve("missing-*.warc.gz").toString()), dir.resolve("none").toString(),
                SparkJob.Format.PARQUET))).hasMessageContaining("no such file");
    }

    /**
     * {@code index --from}: the job's output, as Parquet and as JSON lines, loaded into an index without extracting
     * again, holds the articles, clusters and quotes that ingest's index holds, and answers searches alike.
     */
    @Test
    void anIndexLoadedFromTheOutputServesLikeIngestsIndex() throws Exception {
        Path jsonl = dir.resolve("as-jsonl");
        SparkTests.session().read().parquet(out.resolve("articles").toString()).write()
                .option("ignoreNullFields", "false").json(jsonl.resolve("articles").toString());
        Indexed expected = Indexed.of(dir.resolve("index"));
        for (Path from : List.of(out, jsonl)) {
            Path index = dir.resolve("index-from-" + from.getFileName());
            org.verbatim.index.SparkOutput.Report r = org.verbatim.index.SparkOutput.load(from, index,
                    new org.verbatim.index.QuoteDocuments());
            assertThat(r.failed()).as(from.toString()).isZero();
            assertThat(r.added()).isEqualTo(report.articles()).isEqualTo(r.read());
            assertThat(r.clusters()).isEqualTo(report.clusters());
            Indexed actual = Indexed.of(index);
            assertThat(actual.articles().keySet()).isEqualTo(expected.articles().keySet());
            expected.articles().forEach((id, json) -> assertThat(actual.articles().get(id)).as(id).isEqualTo(json));
            assertThat(actual.clusters()).isEqualTo(expected.clusters());
            assertThat(actual.quotes()).isEqualTo(expected.quotes()).isNotEmpty();
            assertThat(actual.speakers()).isEqualTo(expected.speakers()).isNotEmpty();
            assertThat(actual.searches()).isEqualTo(expected.searches());
            // loading again adds nothing
            assertThat(org.verbatim.index.SparkOutput.load(from, index, new org.verbatim.index.QuoteDocuments())
                    .duplicates()).isEqualTo(report.articles());
        }
    }

    /** What an index holds and answers, for comparing two. */
    private record Indexed(Map<String, String> articles, Map<String, String> clusters, List<String> quotes,
                           Map<String, Long> speakers, List<String> searches) {
        static Indexed of(Path index) throws Exception {
            Map<String, String> json = new java.util.TreeMap<>();
            Map<String, String> clusters = new java.util.TreeMap<>();
            List<String> quotes = new java.util.ArrayList<>();
            List<String> searches = new java.util.ArrayList<>();
            try (org.verbatim.index.ArticleSearch s = org.verbatim.index.ArticleSearch.open(index)) {
                s.forEachArticle(a -> {
                    json.put(a.id(), a.json());
                    clusters.put(a.id(), a.cluster());
                });
                s.forEachQuote(q -> quotes.add(q.toString()));
                for (String q : List.of("said", "government", "\"the minister\"", "*")) {
                    var result = s.search(org.verbatim.index.ArticleSearch.Request.of(q, 50), "[", "]", false);
                    searches.add(q + " " + result.totalHits() + " " + result.hits().stream()
                            .map(h -> h.id() + "/" + h.cluster() + "/" + h.copies()).sorted().toList());
                }
                quotes.sort(null);
                return new Indexed(json, clusters, quotes, s.speakers(1000), searches);
            }
        }
    }

    /** Article id by URL, from the job's output. */
    private static Map<String, String> urls() {
        Map<String, String> out = new java.util.HashMap<>();
        for (Row r : SparkTests.session().read().parquet(SparkJobTest.out.resolve("articles").toString())
                .select("url", "id").collectAsList()) {
            out.put(r.getString(0), r.getString(1));
        }
        return out;
    }

    static List<JsonNode> jsonLines(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).filter(l -> !l.isBlank()).map(l -> {
                try {
                    return JSON.readTree(l);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
