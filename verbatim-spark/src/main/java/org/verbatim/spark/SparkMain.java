package org.verbatim.spark;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code verbatim spark}: the job's command line, for the launcher ({@code ./verbatim spark ...}, Spark on the class
 * path) and for {@code spark-submit --class org.verbatim.spark.SparkMain verbatim-spark-job.jar ...} alike. Exit 0 when
 * no record failed, 1 when some did (see {@code rejects/}) or the job failed, 2 on a usage error.
 */
@Command(name = "verbatim spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the per-page path over WARC/WET archives as an Apache Spark job: articles, quotes,",
                "speakers and rejects as Parquet (or JSON lines), with syndication clusters over the whole corpus.",
                "INPUT is a WARC/WET path or glob on any Hadoop file system (file:, hdfs:, s3a: with hadoop-aws),",
                "a folder (every archive under it), or @list.txt (a file of such paths, one a line)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every record was ok or skipped", "1:some records failed (see rejects/), or the job failed",
                "2:usage error"})
public final class SparkMain implements Callable<Integer> {

    @Option(names = "--master", paramLabel = "URL",
            description = "local[N], local[N,F] (F attempts per task), spark://HOST:PORT, yarn, k8s://... "
                    + "(default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--output", paramLabel = "DIR", required = true,
            description = "Output folder on any Hadoop file system; must be empty or absent.")
    String output;

    @Option(names = "--format", paramLabel = "F", defaultValue = "parquet",
            description = "parquet | jsonl: the format of articles/, quotes/ and speakers/ (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--no-quotes", description = "Skip who-said-what annotation (faster; quotes/ and speakers/ empty).")
    boolean noQuotes;

    @Option(names = "--all-pages", description = "Keep every page; by default pages classified as other than news "
            + "articles are skipped ('not an article: TYPE').")
    boolean allPages;

    @Option(names = "--records", paramLabel = "FILE",
            description = {"Read the records named by a Parquet file of (warc_path, offset, length) rows, by byte range",
                    "(Common Crawl's URL index columns warc_filename, warc_record_offset, warc_record_length too)."})
    String records;

    @Option(names = "--records-base", paramLabel = "URI",
            description = "Prefix for relative paths in --records (for Common Crawl: s3a://commoncrawl/).")
    String recordsBase;

    @Option(names = "--overwrite", description = "Replace the output folder if it holds something.")
    boolean overwrite;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Archives, globs, folders or @list files.")
    List<String> inputs = new ArrayList<>();

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new SparkMain()).setUsageHelpAutoWidth(true)
                .setParameterExceptionHandler((e, a) -> {
                    e.getCommandLine().getErr().println("verbatim spark: " + e.getMessage()
                            + " (see: verbatim spark --help)");
                    return 2;
                })
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("verbatim spark: " + oneLine(e));
                    if (System.getenv("VERBATIM_DEBUG") != null) {
                        e.printStackTrace(cmd.getErr());
                    }
                    return 1;
                })
                .execute(args);
    }

    @Override
    public Integer call() throws IOException {
        SparkJob.Format f;
        try {
            f = SparkJob.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return usage("--format is parquet or jsonl, not " + format);
        }
        if (inputs.isEmpty() && records == null) {
            return usage("no INPUT and no --records");
        }
        SparkJob.Options o = new SparkJob.Options(inputs, records, recordsBase, output, f, !noQuotes, allPages,
                overwrite, -1, SparkSyndication.DRIVER_EDGES);
        SparkSession spark = session(master);
        try {
            SparkJob.Report r = SparkJob.run(spark, o);
            System.out.println(summary(r, output));
            return r.failed() == 0 ? 0 : 1;
        } catch (SparkJob.UsageException | Inputs.NoSuchInput e) {
            return usage(e.getMessage());
        } catch (NoSuchFileException e) {
            return usage("no such file: " + e.getMessage());
        } finally {
            spark.stop();
        }
    }

    private static int usage(String message) {
        System.err.println("verbatim spark: " + message + " (see: verbatim spark --help)");
        return 2;
    }

    /**
     * Spark's cache of compiled generated classes (operators, expressions), kept by the JVM across sessions. A run of
     * the job compiles about 150 classes, more than Spark's default of 100, so a driver that runs the job again (a
     * long-lived driver taking batch after batch, the bench) found none of the previous run's in a least-recently-used
     * cache; with room for 1000 it finds about 40 and compiles 110 (SparkBench -Dbench.stages=sum). Those 110 are
     * compiled again even when their code is identical (seen with Spark 4.2: the same code compiled in two sessions of
     * one JVM), so a single run gains nothing. A static setting: the first session of a JVM fixes it.
     */
    static final String CODEGEN_CACHE = "spark.sql.codegen.cache.maxEntries";

    /**
     * A session on {@code master}, or on spark-submit's master, or else on {@code local[*]}. Local sessions bind to
     * 127.0.0.1, run without the web UI, log warnings only, and show Spark's stage progress bar when the JVM has a
     * terminal.
     */
    static SparkSession session(String master) {
        SparkConf conf = new SparkConf();
        String m = master != null ? master : conf.get("spark.master", "local[*]");
        SparkSession.Builder b = SparkSession.builder().appName("verbatim").master(m);
        if (!conf.contains(CODEGEN_CACHE)) {
            b.config(CODEGEN_CACHE, "1000");
        }
        if (m.startsWith("local")) {
            quiet();
            b.config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1");
            if (System.console() != null && !conf.contains("spark.ui.showConsoleProgress")) {
                b.config("spark.ui.showConsoleProgress", "true"); // stage progress on a terminal, none in a pipe
            }
            if (!conf.contains("spark.sql.shuffle.partitions")) {
                int cores = Runtime.getRuntime().availableProcessors();
                b.config("spark.sql.shuffle.partitions", String.valueOf(Math.max(4, 4 * cores)));
            }
        }
        return b.getOrCreate();
    }

    /**
     * Spark's INFO lines are for its developers; a local run from the launcher shows warnings only, less three that
     * say nothing about the run (no native Hadoop library, a host name that resolves to loopback when the driver binds
     * to 127.0.0.1 anyway, a query plan's text cut short).
     */
    static void quiet() {
        if (System.getProperty("log4j2.configurationFile") == null) {
            org.apache.logging.log4j.core.config.Configurator.setRootLevel(org.apache.logging.log4j.Level.WARN);
            for (String noise : new String[] {"org.apache.hadoop.util.NativeCodeLoader", "org.apache.spark.util.Utils",
                    "org.apache.spark.util.SparkStringUtils", "org.apache.spark.sql.catalyst.util.SparkStringUtils"}) {
                org.apache.logging.log4j.core.config.Configurator.setLevel(noise, org.apache.logging.log4j.Level.ERROR);
            }
        }
    }

    static String summary(SparkJob.Report r, String output) {
        return String.format(Locale.ROOT, "read %d: ok %d, skipped %d, failed %d; duplicates %d in %.1f s, %.0f "
                        + "articles/s on %d cores%n%s: %d articles in %d clusters, %d quotes, %d speakers%ncost: %.1f "
                        + "ms CPU per article (%s); task heap peak %.0f MB of %.0f MB%s%s",
                r.read(), r.ok(), r.skipped(), r.failed(), r.duplicates(), r.seconds(), r.articlesPerSecond(),
                r.cores(), output, r.articles(), r.clusters(), r.quotes(), r.speakers(),
                r.stepCpuSeconds().values().stream().mapToDouble(Double::doubleValue).sum() * 1000
                        / Math.max(1, r.ok()), SparkJob.steps(r), r.peakHeapBytes() / 1048576.0,
                r.maxHeapBytes() / 1048576.0,
                r.skippedReasons().isEmpty() ? "" : "\nskipped: " + r.skippedReasons(),
                r.failed() + r.gaps() > 0 ? "\nrejects: " + output + "/rejects" : "");
    }

    private static String oneLine(Throwable e) {
        String m = String.valueOf(e.getMessage() == null ? e : e.getMessage());
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
