package org.verbatim.spark;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;

/**
 * The Spark job: archives in, {@code articles/}, {@code quotes/}, {@code speakers/}, {@code rejects/} and
 * {@code report.json} out (see the README for the schema).
 *
 * <ol>
 *   <li><b>One pass over the records.</b> One task per archive (or per group of record ranges of one file) streams its
 *       records through the per-page path and writes one row per record to {@code DIR/_work/records} through Spark's
 *       commit protocol; the accumulators count in this pass, which runs once (a failed task attempt's rows and
 *       counts are discarded, its retry's kept).</li>
 *   <li><b>Everything else from those rows.</b> Duplicates (one id read twice) are kept once, the first by source and
 *       offset; syndication clusters are computed over the whole corpus ({@link SparkSyndication}); the outputs are
 *       written; the work folder is deleted.</li>
 * </ol>
 * Ids are deterministic (canonical URL and content), so a retried task or a rerun gives the same rows.
 */
public final class SparkJob {
    /** The formats of {@code articles/}, {@code quotes/} and {@code speakers/}. */
    public enum Format { PARQUET, JSONL }

    /**
     * What to run.
     *
     * @param inputs             archives, globs, folders or {@code @list} files (may be empty with {@code records})
     * @param records            a Parquet file of record ranges (warc path, offset, length), or {@code null}
     * @param recordsBase        prefix for relative paths in {@code records} (e.g. {@code s3a://commoncrawl/}), or
     *                           {@code null}
     * @param output             the output folder (any Hadoop file system)
     * @param overwrite          replace an existing output folder
     * @param failFirstAttemptOf tests only: the partition whose first attempt fails mid-way, or -1
     * @param driverEdges        the most syndication edges settled on the driver (more are settled in SQL)
     */
    public record Options(List<String> inputs, String records, String recordsBase, String output, Format format,
                          boolean quotes, boolean allPages, boolean overwrite, int failFirstAttemptOf,
                          long driverEdges) {
        public Options {
            inputs = List.copyOf(inputs);
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(format, "format");
        }

        public Options(List<String> inputs, String output, Format format) {
            this(inputs, null, null, output, format, true, false, false, -1, SparkSyndication.DRIVER_EDGES);
        }
    }

    /** Thrown for a usage mistake found before the job starts (no input, an output folder that exists). */
    public static final class UsageException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    /** What a job did; {@code read = ok + skipped + failed}, {@code articles = ok - duplicates}. */
    public record Report(long read, long ok, long skipped, long failed, long duplicates, long gaps, long gapBytes,
                         long articles, long clusters, long quotes, long speakers, double seconds, double passSeconds,
                         int cores, Map<String, Double> stepCpuSeconds, long peakHeapBytes, long maxHeapBytes,
                         Map<String, Long> skippedReasons, Map<String, Long> staged) {

        public boolean addsUp() {
            return read == ok + skipped + failed;
        }

        public double articlesPerSecond() {
            return seconds > 0 ? ok / seconds : 0;
        }

        ObjectNode toJson() {
            ObjectNode o = new ObjectMapper().createObjectNode();
            o.put("read", read).put("ok", ok).put("skipped", skipped).put("failed", failed)
                    .put("duplicates", duplicates).put("seconds", round(seconds))
                    .put("articles_per_second", round(articlesPerSecond())).put("cores", cores)
                    .put("articles", articles).put("clusters", clusters).put("quotes", quotes)
                    .put("speakers", speakers).put("gaps", gaps).put("gap_bytes", gapBytes)
                    .put("pass_seconds", round(passSeconds));
            double cpu = stepCpuSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
            o.put("cpu_ms_per_article", round(ok > 0 ? cpu * 1000 / ok : 0));
            ObjectNode steps = o.putObject("step_cpu_seconds");
            stepCpuSeconds.forEach((k, v) -> steps.put(k, round(v)));
            o.put("peak_heap_mb", round(peakHeapBytes / 1048576.0));
            o.put("max_heap_mb", round(maxHeapBytes / 1048576.0));
            ObjectNode reasons = o.putObject("skipped_reasons");
            skippedReasons.forEach(reasons::put);
            return o;
        }

        private static double round(double v) {
            return Math.round(v * 1000) / 1000.0;
        }
    }

    static final String WORK = "_work";
    /**
     * Up to this many articles, each task that writes {@code articles/} gets the (file, row) -> id, cluster, copies
     * table whole (about 200 bytes an article); more are joined by key, which shuffles the Article JSON once.
     */
    static final long BROADCAST_ARTICLES = 100_000;

    private SparkJob() {
    }

    /**
     * Runs the job. Unless the session sets them itself, the job's queries run without generated code (the settings
     * are restored after):
     * <ul>
     *   <li>no whole-stage code generation ({@link #WHOLE_STAGE}): the steps after the pass are about 35 small queries
     *       over small columns, and compiling a generated class per stage (Janino, then the JIT, on the driver between
     *       the stages) cost more than generated code saves on them. On the edge-case archives, the steps after the
     *       pass of a second run in the same JVM took 5.9, 6.8 and 8.2 s without it against 7.5, 9.6 and 10.6 s with it
     *       (alternated, machine loaded 9-12);</li>
     *   <li>no generated code for expressions either ({@link #FACTORY_MODE}): Spark's interpreted projections, which it
     *       keeps for every expression, instead of about 140 classes that each run compiled with Janino and then JIT
     *       compiled, even when the same JVM had compiled the same code for the run before. The rows are few (one per
     *       record, one per quote) and the per-page path costs milliseconds each, so interpreting their columns costs
     *       nothing that shows, while the compilations were CPU taken from the pass on a busy core. The pass itself is
     *       unaffected: its cost is the per-page path, not Spark's operators.</li>
     * </ul>
     */
    public static Report run(SparkSession spark, Options o) throws IOException {
        List<String> set = new ArrayList<>();
        for (Map.Entry<String, String> e : Map.of(WHOLE_STAGE, "false", FACTORY_MODE, "NO_CODEGEN").entrySet()) {
            if (!spark.conf().contains(e.getKey())) {
                spark.conf().set(e.getKey(), e.getValue());
                set.add(e.getKey());
            }
        }
        try {
            return runJob(spark, o);
        } finally {
            set.forEach(spark.conf()::unset);
        }
    }

    static final String WHOLE_STAGE = "spark.sql.codegen.wholeStage";
    /** Spark's choice between generated and interpreted code for expressions (an internal setting of Spark SQL). */
    static final String FACTORY_MODE = "spark.sql.codegen.factoryMode";

    private static Report runJob(SparkSession spark, Options o) throws IOException {
        long t0 = System.nanoTime();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Path out = new Path(o.output());
        FileSystem fs = out.getFileSystem(conf);
        out = fs.makeQualified(out);
        prepare(fs, out, o.overwrite());
        String work = new Path(out, WORK).toString();

        // 1. one pass over every record
        Tallies tallies = new Tallies(spark.sparkContext());
        ReadTask task = new ReadTask(new HadoopConf(conf), tallies, o.quotes(), o.allPages(), o.failFirstAttemptOf());
        JavaRDD<Row> rows = splits(spark, o, conf).mapPartitions(task);
        spark.createDataFrame(rows, Staged.SCHEMA).write().mode(SaveMode.ErrorIfExists).parquet(work + "/records");
        double passSeconds = (System.nanoTime() - t0) / 1e9;
        Phases phases = new Phases();

        // 2. everything else from the staged rows
        Dataset<Row> staged = spark.read().schema(Staged.SCHEMA).parquet(work + "/records");
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, Long> reasons = new TreeMap<>();
        long articleCount = 0;
        long contentCount = 0;
        for (Row r : staged.groupBy(col("status"), expr("case when status = 'skipped' then substring_index(reason, "
                        + "':', 1) end").as("kind"))
                .agg(count(lit(1)), countDistinct(col("id")), countDistinct(col("content_hash"))).collectAsList()) {
            byStatus.merge(r.getString(0), r.getLong(2), Long::sum);
            if (!r.isNullAt(1)) {
                reasons.put(r.getString(1), r.getLong(2));
            }
            if (Staged.OK.equals(r.getString(0))) {
                articleCount = r.getLong(3);
                contentCount = r.getLong(4);
            }
        }
        phases.lap("count");
        staged.filter(col("status").isin(Staged.FAILED, Staged.GAP))
                .select("source", "offset", "record", "status", "reason")
                .write().mode(SaveMode.ErrorIfExists).json(new Path(out, "rejects").toString());
        phases.lap("rejects");

        // which copy of each id is kept, and its cluster and cluster size: on the small columns only, so that the
        // Article JSON is read once, by the stage that writes articles/, and never shuffled
        Dataset<Row> kept = staged.filter(col("status").equalTo(Staged.OK))
                .select(col("id"), col("source"), col("offset"), col("record"), col("_metadata.file_path").as("file"),
                        col("_metadata.row_index").as("row"), col("content_hash"), col("signature"),
                        col("band_keys"), col("published_key"))
                .withColumn("n", row_number().over(Window.partitionBy("id")
                        .orderBy("source", "offset", "record", "file", "row")))
                .filter(col("n").equalTo(1)).drop("n").persist(StorageLevel.MEMORY_AND_DISK());
        SparkSyndication.Components components = SparkSyndication.components(spark,
                kept.select("id", "content_hash", "signature", "band_keys", "published_key"), o.driverEdges());
        long clusterCount = contentCount - components.nodes() + components.count();
        phases.lap("clusters");
        Dataset<Row> named = kept.select("id", "file", "row", "content_hash", "published_key")
                .withColumn("own", min(struct(col("published_key"), col("id")))
                        .over(Window.partitionBy("content_hash")))
                .join(components.nodes() <= o.driverEdges() ? broadcast(components.clusters())
                        : components.clusters(), "content_hash", "left")
                .withColumn("cluster", coalesce(col("component"), col("own.id")))
                .withColumn("copies", count(lit(1)).over(Window.partitionBy("cluster")))
                .select("file", "row", "id", "cluster", "copies");
        List<Column> columns = new ArrayList<>(List.of(col("id"), col("cluster"), col("copies")));
        for (String f : ArticleSchema.ARTICLE.fieldNames()) {
            columns.add(col("a." + f).as(f));
        }
        Dataset<Row> articles = staged.filter(col("status").equalTo(Staged.OK))
                .select(col("_metadata.file_path").as("file"), col("_metadata.row_index").as("row"), col("article"))
                .join(articleCount <= BROADCAST_ARTICLES ? broadcast(named) : named, new String[] {"file", "row"})
                .withColumn("a", from_json(col("article"), ArticleSchema.ARTICLE))
                .select(columns.toArray(Column[]::new));
        String articlesDir = new Path(out, "articles").toString();
        write(articles, o.format(), articlesDir);
        phases.lap("articles");

        Dataset<Row> written = read(spark, o.format(), articlesDir, ArticleSchema.OUTPUT);
        Dataset<Row> quotes = quotes(written);
        long quoteCount = writeCounted(quotes, o.format(), new Path(out, "quotes").toString());
        Dataset<Row> writtenQuotes = read(spark, o.format(), new Path(out, "quotes").toString(), quotes.schema());
        long speakerCount = writeCounted(speakers(writtenQuotes), o.format(), new Path(out, "speakers").toString());
        phases.lap("quotes and speakers");

        kept.unpersist();
        fs.delete(new Path(work), true);
        spark.catalog().clearCache();
        long ok = tallies.ok.value();
        Report report = new Report(tallies.read.value(), ok, tallies.skipped.value(), tallies.failed.value(),
                ok - articleCount, tallies.gaps.value(), tallies.gapBytes.value(), articleCount, clusterCount,
                quoteCount, speakerCount, (System.nanoTime() - t0) / 1e9, passSeconds,
                spark.sparkContext().defaultParallelism(), tallies.stepSeconds(), tallies.peakHeap.value(),
                tallies.maxHeap.value(), reasons, byStatus);
        try (OutputStream os = fs.create(new Path(out, "report.json"), true)) {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(os, report.toJson());
        }
        return report;
    }

    /** Wall-clock seconds of the steps after the pass, shown with VERBATIM_DEBUG. */
    private static final class Phases {
        private long t = System.nanoTime();

        void lap(String what) {
            long now = System.nanoTime();
            if (System.getenv("VERBATIM_DEBUG") != null) {
                System.err.printf(Locale.ROOT, "verbatim spark: %s in %.1f s%n", what, (now - t) / 1e9);
            }
            t = now;
        }
    }

    /** Refuses an output folder that holds something, unless asked to replace it. */
    private static void prepare(FileSystem fs, Path out, boolean overwrite) throws IOException {
        if (fs.exists(out)) {
            if (fs.getFileStatus(out).isFile()) {
                throw new UsageException("--output " + out + " is a file, not a folder");
            }
            if (fs.listStatus(out).length > 0) {
                if (!overwrite) {
                    throw new UsageException("--output " + out + " is not empty (--overwrite replaces it)");
                }
                fs.delete(out, true);
            }
        }
    }

    /** One partition per archive; or the record ranges grouped by file, each file's ranges in offset order. */
    private static JavaRDD<Split> splits(SparkSession spark, Options o, Configuration conf) throws IOException {
        if (o.records() != null) {
            return RecordRanges.splits(spark, o.records(), o.recordsBase());
        }
        List<String> files = Inputs.expand(o.inputs(), conf);
        if (files.isEmpty()) {
            throw new UsageException("no archive among the inputs " + o.inputs());
        }
        List<Split> splits = files.stream().map(Split::whole).toList();
        return JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(splits, splits.size());
    }

    /**
     * {@code quotes/}: one row per quote with its article's id, URL, site and publication date; {@code index} is the
     * quote's position in the article's {@code quotes}.
     */
    static Dataset<Row> quotes(Dataset<Row> articles) {
        return articles.select(col("id").as("article_id"), col("url"),
                        expr("coalesce(site_name, regexp_replace(lower(try_parse_url(coalesce(canonical_url, url), "
                                + "'HOST')), '^www\\\\.', ''))").as("site"),
                        col("published"), expr("posexplode(quotes) as (index, q)"))
                .select(col("article_id"), col("url"), col("site"), col("published"), col("index"),
                        col("q.text").as("text"), col("q.kind").as("kind"), col("q.cue").as("cue"),
                        col("q.speaker.name").as("speaker"), col("q.speaker.type").as("speaker_type"),
                        col("q.speaker.title").as("speaker_title"), col("q.speaker.mention").as("speaker_mention"),
                        col("q.said_on").as("said_on"), col("q.where").as("where"), col("q.start").as("start"),
                        col("q.end").as("end"));
    }

    /**
     * {@code speakers/}: one row per speaker name: the type most of their quotes give (ties: the larger name), their
     * titles, quotes and articles, and the first and last publication day they were quoted on.
     */
    static Dataset<Row> speakers(Dataset<Row> quotes) {
        Dataset<Row> named = quotes.filter(col("speaker").isNotNull());
        Dataset<Row> types = named.groupBy("speaker", "speaker_type").agg(count(lit(1)).as("n"))
                .groupBy("speaker").agg(max(struct(col("n"), col("speaker_type"))).as("t"))
                .select(col("speaker"), col("t.speaker_type").as("type"));
        return named.groupBy("speaker").agg(array_sort(collect_set(col("speaker_title"))).as("titles"),
                        count(lit(1)).as("quotes"), countDistinct(col("article_id")).as("articles"),
                        min(expr("substr(published, 1, 10)")).as("first_date"),
                        max(expr("substr(published, 1, 10)")).as("last_date"))
                .join(types, "speaker")
                .select(col("speaker").as("name"), col("type"), col("titles"), col("quotes"), col("articles"),
                        col("first_date"), col("last_date"));
    }

    private static void write(Dataset<Row> d, Format format, String dir) {
        if (format == Format.JSONL) {
            d.write().mode(SaveMode.ErrorIfExists).option("ignoreNullFields", "false").json(dir);
        } else {
            d.write().mode(SaveMode.ErrorIfExists).parquet(dir);
        }
    }

    /**
     * Writes {@code d} and returns how many rows it wrote, counted by the write itself (an observed metric): no second
     * job reads the output back to count it.
     */
    private static long writeCounted(Dataset<Row> d, Format format, String dir) {
        Observation rows = new Observation("rows");
        write(d.observe(rows, count(lit(1)).as("n")), format, dir);
        try {
            Row r = scala.concurrent.Await.result(rows.future(),
                    scala.concurrent.duration.Duration.apply(60, java.util.concurrent.TimeUnit.SECONDS));
            return r.getLong(0);
        } catch (java.util.concurrent.TimeoutException e) {
            // not seen with Spark 4.2; should a write not report its metrics, count the output instead
            return d.sparkSession().read().format(format == Format.JSONL ? "json" : "parquet").schema(d.schema())
                    .load(dir).count();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting " + dir, e);
        }
    }

    private static Dataset<Row> read(SparkSession spark, Format format, String dir,
            org.apache.spark.sql.types.StructType schema) {
        return format == Format.JSONL ? spark.read().schema(schema).json(dir) : spark.read().parquet(dir);
    }

    /** {@link Report#stepCpuSeconds()} in step order, for printing. */
    static String steps(Report r) {
        Map<String, Double> m = new LinkedHashMap<>(r.stepCpuSeconds());
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "%s %.1f, ", k, r.ok() > 0 ? v * 1000 / r.ok() : 0)));
        return sb.length() > 2 ? sb.substring(0, sb.length() - 2) : "";
    }
}
