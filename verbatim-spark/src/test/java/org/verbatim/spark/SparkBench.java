package org.verbatim.spark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.verbatim.index.Ingester;
import org.verbatim.index.ResourceMeter;

/**
 * The job's throughput and cost against {@code ingest}'s, in one JVM (not a unit test: speed is measured here, never
 * in tests). Writes N distinct copies of an archive as N files (each page under its own URL without canonical tags,
 * one sentence added: distinct documents that cluster), then runs, in this order: a warm-up job on {@code local[2]};
 * ROUNDS times (default 3) the job on {@code local[1]} then on {@code local[2]}, alternated so that a change in the
 * machine's load falls on both; a warm-up ingest; an ingest with 2 workers. Prints articles/s, the median
 * local[2] / local[1] ratios (the whole job, the pass over the records, the steps after it), CPU ms per article by
 * step for the job and for ingest, heap, and each job's process CPU (JIT compiler threads, reader threads and GC
 * included; with {@code -Dbench.ingest=false} the ingest runs are left out). One warm-up job does not finish the JIT's
 * work: it keeps compiling the per-page path through the first rounds, on whichever core is free, so the first
 * {@code local[1]} run is the slowest and the later rounds are nearer the steady state.
 *
 * <p>Diagnostics: {@code -Dbench.threads=true} splits each job's process CPU by kind of thread (Spark's task threads,
 * JIT compilers, GC, ended threads such as the archive readers; {@link ThreadCpu}); {@code -Dbench.stages=sum} gives
 * each job's count of Spark jobs, stages and tasks with the tasks' CPU, {@code -Dbench.stages=each} every stage's wall
 * time too ({@link StageLog}); {@code -Dbench.pin=true} runs each job on as many CPUs as its master has cores
 * ({@link #pin}).
 *
 * <pre>
 * ./mvnw -B -q -pl verbatim-spark -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
 *     -Dmdep.outputFile=target/spark-bench.cp
 * java -Xmx1g $(cat verbatim-spark/target/classes/org/verbatim/spark/jvm.options) \
 *     -cp verbatim-spark/target/test-classes:verbatim-spark/target/classes:$(cat verbatim-spark/target/spark-bench.cp) \
 *     org.verbatim.spark.SparkBench ../shared/corpora/warc/fundus-news.warc.gz 10 /tmp/spark-bench [ROUNDS]
 * </pre>
 */
public final class SparkBench {
    /** The machine's CPUs, counted before any pinning (the JVM counts only those it may run on). */
    private static final int CPUS = Runtime.getRuntime().availableProcessors();

    private SparkBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3 && args.length != 4) {
            System.err.println("usage: SparkBench IN.warc.gz N WORKDIR [ROUNDS]");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Path work = Files.createDirectories(Path.of(args[2]));
        List<String> files = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Path f = work.resolve(String.format(Locale.ROOT, "copy-%02d.warc.gz", k));
            if (!Files.exists(f)) {
                writeCopy(in, f, k);
            }
            files.add(f.toString());
        }
        SparkMain.quiet();
        System.out.printf(Locale.ROOT, "%d files, %d cores available, load average %.1f, heap limit %.0f MB%n", n,
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().maxMemory() / 1048576.0);
        int rounds = args.length == 4 ? Integer.parseInt(args[3]) : 3;
        job("warm-up", "local[2]", files, work);
        // -Dbench.warmups=N: N more warm-up pairs, until the JIT has compiled what both masters run
        for (int k = 0, more = Integer.getInteger("bench.warmups", 0); k < more; k++) {
            job("warm-up", "local[1]", files, work);
            job("warm-up", "local[2]", files, work);
        }
        List<SparkJob.Report> ones = new ArrayList<>();
        List<SparkJob.Report> twos = new ArrayList<>();
        for (int k = 0; k < rounds; k++) {
            ones.add(job("job", "local[1]", files, work));
            twos.add(job("job", "local[2]", files, work));
        }
        double whole1 = median(ones, SparkJob.Report::seconds);
        double whole2 = median(twos, SparkJob.Report::seconds);
        double pass1 = median(ones, SparkJob.Report::passSeconds);
        double pass2 = median(twos, SparkJob.Report::passSeconds);
        double after1 = median(ones, r -> r.seconds() - r.passSeconds());
        double after2 = median(twos, r -> r.seconds() - r.passSeconds());
        System.out.printf(Locale.ROOT, "medians of %d rounds: local[1] %.1f s (pass %.1f, after %.1f), local[2] %.1f s "
                + "(pass %.1f, after %.1f), load average now %.1f%n", rounds, whole1, pass1, after1, whole2, pass2,
                after2, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "local[2] / local[1]: %.2f x (whole job), %.2f x (the pass over the records), "
                + "%.2f x (the steps after the pass)%n", whole1 / whole2, pass1 / pass2, after1 / after2);
        SparkJob.Report two = twos.get(twos.size() - 1);
        if (!Boolean.parseBoolean(System.getProperty("bench.ingest", "true"))) {
            return; // -Dbench.ingest=false: the job only
        }
        if (Boolean.getBoolean("bench.pin")) {
            pin(CPUS);
        }
        ingest("warm-up", files, work);
        Ingester.Report ing = ingest("ingest", files, work);
        System.out.println("CPU ms per article, job local[2] vs ingest (2 workers):");
        for (Map.Entry<String, Double> e : two.stepCpuSeconds().entrySet()) {
            double s = e.getValue() * 1000 / two.ok();
            double i = ing.stepCpuSeconds().getOrDefault(e.getKey(), 0.0) * 1000 / ing.ok();
            System.out.printf(Locale.ROOT, "  %-12s %6.2f vs %6.2f (%+.0f%%)%n", e.getKey(), s, i, 100 * (s - i) / i);
        }
        double s = sum(two.stepCpuSeconds()) * 1000 / two.ok();
        double i = (sum(ing.stepCpuSeconds()) - ing.stepCpuSeconds().getOrDefault("index", 0.0)) * 1000 / ing.ok();
        System.out.printf(Locale.ROOT, "  %-12s %6.2f vs %6.2f (%+.0f%%)%n", "all three", s, i, 100 * (s - i) / i);
    }

    private static double median(List<SparkJob.Report> reports,
            java.util.function.ToDoubleFunction<SparkJob.Report> f) {
        double[] v = reports.stream().mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double sum(Map<String, Double> m) {
        return m.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static SparkJob.Report job(String what, String master, List<String> files, Path work) throws Exception {
        if (Boolean.getBoolean("bench.pin")) {
            pin(Integer.parseInt(master.replaceAll("\\D", "")));
        }
        SparkSession spark = SparkMain.session(master);
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        StageLog stages = new StageLog();
        spark.sparkContext().addSparkListener(stages);
        try {
            Map<String, Long> threads0 = ThreadCpu.snapshot();
            long cpu0 = os.getProcessCpuTime();
            Path out = work.resolve("out-" + what + "-" + master.replaceAll("\\W", ""));
            SparkJob.Report r = SparkJob.run(spark, new SparkJob.Options(files, null, null, out.toString(),
                    SparkJob.Format.PARQUET, true, false, true, -1, SparkSyndication.DRIVER_EDGES));
            System.out.printf(Locale.ROOT, "%s %s: read %d, ok %d, articles %d, clusters %d, quotes %d; %.1f s "
                            + "(pass %.1f s), %.1f articles/s; CPU %.2f ms/article (%s); task heap peak %.0f MB of "
                            + "%.0f MB; process CPU %.1f s; load average %.1f%n", what, master, r.read(), r.ok(), r.articles(), r.clusters(), r.quotes(),
                    r.seconds(), r.passSeconds(), r.articlesPerSecond(), sum(r.stepCpuSeconds()) * 1000 / r.ok(),
                    SparkJob.steps(r), r.peakHeapBytes() / 1048576.0, r.maxHeapBytes() / 1048576.0,
                    (os.getProcessCpuTime() - cpu0) / 1e9, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            if (Boolean.getBoolean("bench.threads")) {
                System.out.println("  process CPU by thread kind: "
                        + ThreadCpu.byKind(threads0, ThreadCpu.snapshot(), os.getProcessCpuTime() - cpu0));
            }
            return r;
        } finally {
            spark.stop(); // the listener has had every event after this
            if (System.getProperty("bench.stages") != null) {
                System.out.println(stages.summary("each".equals(System.getProperty("bench.stages"))));
            }
        }
    }

    /**
     * {@code -Dbench.pin=true}: every thread of this JVM, the ones started later included, runs on the first
     * {@code cores} CPUs only ({@code taskset}), so that {@code local[N]} runs on N cores: the archive reader threads,
     * the JIT compilers, the GC and Spark's own threads share the task's cores instead of borrowing a free one. This
     * asks how the job scales with cores; unpinned, it asks how it scales with task slots on a machine whose other
     * cores stay free for the rest.
     */
    private static void pin(int cores) throws Exception {
        String cpus = "0-" + (Math.min(cores, CPUS) - 1);
        Process p = new ProcessBuilder("taskset", "-a", "-p", "-c", cpus, String.valueOf(ProcessHandle.current().pid()))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("taskset failed: " + out);
        }
        System.out.println("pinned to CPUs " + cpus);
    }

    private static Ingester.Report ingest(String what, List<String> files, Path work) throws Exception {
        Path index = work.resolve("index-" + what);
        if (Files.exists(index)) {
            try (var s = Files.walk(index)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Ingester.Options d = Ingester.Options.defaults(index);
        Ingester.Options o = new Ingester.Options(index, 2, d.queue(), d.commitEvery(), d.extra(), false);
        ResourceMeter meter = new ResourceMeter();
        Ingester.Report r = new Ingester(o, url -> {
            throw new IllegalArgumentException("no URLs: " + url);
        }).run(files, null);
        ResourceMeter.Usage u = meter.stop();
        System.out.printf(Locale.ROOT, "%s (2 workers): read %d, ok %d, articles %d, clusters %d; %.1f s, %.1f "
                        + "articles/s; heap peak %.0f MB of %.0f MB%n", what, r.read(), r.ok(), r.articles(),
                r.clusters(), r.seconds(), r.ok() / r.seconds(), u.peakHeap() / 1048576.0, u.maxHeap() / 1048576.0);
        return r;
    }

    /** Copy {@code k} of every response: its own URL, no canonical-URL tags, one sentence added. */
    private static void writeCopy(Path in, Path out, int k) throws Exception {
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(out, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP); WarcReader r = new WarcReader(in)) {
            for (WarcRecord rec : r) {
                if (rec instanceof WarcResponse resp) {
                    HttpResponse http = resp.http();
                    String html = new String(http.body().stream().readAllBytes(), StandardCharsets.ISO_8859_1);
                    html = TestCorpus.withoutCanonical(html);
                    int end = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
                    String note = "<p>Republished in file " + k + ".</p>";
                    html = end < 0 ? html + note : html.substring(0, end) + note + html.substring(end);
                    String type = http.headers().first("Content-Type").orElse("text/html");
                    HttpResponse copy = new HttpResponse.Builder(http.status(), http.reason())
                            .body(MediaType.parse(type), html.getBytes(StandardCharsets.ISO_8859_1)).build();
                    String sep = resp.target().contains("?") ? "&" : "?";
                    w.write(new WarcResponse.Builder(resp.target() + sep + "file=" + k).body(copy).build());
                }
            }
        }
    }
}
