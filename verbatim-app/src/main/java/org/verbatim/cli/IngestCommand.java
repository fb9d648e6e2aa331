package org.verbatim.cli;

import org.verbatim.index.IndexException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.verbatim.index.Ingester;
import org.verbatim.index.ExtraDocuments;
import org.verbatim.index.ResourceMeter;
import org.verbatim.ingest.fetch.FetchPolicy;
import org.verbatim.ingest.fetch.FetchSources;
import org.verbatim.ingest.fetch.Fetcher;
import org.verbatim.ingest.fetch.Validators;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code verbatim ingest}: reads archives, pages, folders, feeds, sitemaps and URLs into the embedded index.
 * Exit 0 when no record failed, 1 when some did (listed in rejects.jsonl), 2 on a usage error or an index that
 * cannot be opened.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Ingests news into the embedded index (idempotent: re-ingesting adds nothing).",
                "INPUT is a .warc/.warc.gz/.arc/.arc.gz/.wet archive, an HTML or text file, a folder (walked), "
                        + "'-' for standard input, or an http(s) URL of a page, an RSS/Atom feed or a sitemap."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every record was ok or skipped", "1:some records failed (see rejects.jsonl), or the "
                + "environment refused (a full disk, a folder that cannot be written)",
                "2:usage error (--index names a file), or the index is in use"})
public final class IngestCommand implements Callable<Integer> {
    /** ETag/Last-Modified of fetched URLs, kept in the index folder for conditional GETs on the next run. */
    static final String VALIDATORS = "fetch-validators.tsv";

    @Mixin
    IndexOption index;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Write {read, ok, skipped, failed, duplicates, seconds, ...} as JSON to FILE, with what the "
                    + "run cost: articles_per_second, cpu_ms_per_article, cores, peak_heap_mb, peak_live_heap_mb.")
    Path report;

    @Option(names = "--workers", paramLabel = "N", description = "Extraction threads (default: one per core).")
    Integer workers;

    @Option(names = "--commit-every", paramLabel = "N", hidden = true,
            description = "Articles between commits (durability points).")
    Integer commitEvery;

    @Option(names = "--delay-ms", paramLabel = "MS", defaultValue = "1000",
            description = "Politeness delay between requests to one host (default: ${DEFAULT-VALUE}).")
    long delayMs;

    @Option(names = "--record-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Wall-clock safety net per record (default: ${DEFAULT-VALUE}; 0 = none). Work is bounded by "
                    + "counted budgets first; a record stopped by this is failed and counted as a timeout.")
    long recordTimeoutSeconds;

    @Option(names = "--no-quotes", description = "Skip who-said-what annotation (faster; no quote or entity documents).")
    boolean noQuotes;

    @Option(names = "--all-pages", description = "Index every page. By default pages classified as other than news "
            + "articles (listings, forums, products, ...) are skipped, counted as 'not an article: TYPE' and listed "
            + "in skipped.jsonl in the index folder.")
    boolean allPages;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Archives, files, folders, '-' or URLs.")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
        Ingester.Options d = Ingester.Options.defaults(index.dir);
        Ingester.Options o = new Ingester.Options(index.dir, workers != null ? Math.max(1, workers) : d.workers(),
                d.queue(), commitEvery != null ? commitEvery : d.commitEvery(),
                noQuotes ? ExtraDocuments.NONE : d.extra(), allPages,
                recordTimeoutSeconds > 0 ? java.time.Duration.ofSeconds(recordTimeoutSeconds) : null);
        index.requireNotAFile();
        Progress progress = Progress.forTerminal();
        try {
            Files.createDirectories(index.dir);
        } catch (IOException e) {
            System.err.println("verbatim ingest: cannot create the index folder " + index.dir + ": "
                    + Errors.reason(e));
            return 1;
        }
        Validators validators = Validators.load(index.dir.resolve(VALIDATORS));
        FetchSources fetch = new FetchSources(new Fetcher(
                FetchPolicy.defaults().withHostDelay(java.time.Duration.ofMillis(Math.max(0, delayMs))), validators));
        Ingester.Report r;
        ResourceMeter meter = new ResourceMeter();
        try {
            r = new Ingester(o, fetch::source).run(inputs,
                    (done, total) -> progress.update("ingest", (int) done, (int) Math.max(total, done + 1)));
        } catch (IndexException e) {
            System.err.println("verbatim ingest: " + e.getMessage());
            return 2;
        } catch (IOException | java.io.UncheckedIOException e) {
            System.err.println("verbatim ingest: " + Errors.describe(e) + "; the index keeps its last commit"
                    + (Errors.isDiskFull(e) ? " (rerun when there is room: what is stored is not added twice)" : ""));
            return 1;
        } finally {
            saveQuietly(validators);
        }
        ResourceMeter.Usage use = meter.stop();
        progress.update("ingest", 1, 1);
        System.out.println(summary(r));
        System.out.println(costs(r, use));
        if (report != null) {
            try {
                writeReport(r, use, report);
            } catch (IOException e) {
                System.err.println("verbatim ingest: cannot write the report " + report + ": " + Errors.reason(e));
                return 1;
            }
        }
        return r.failed() == 0 ? 0 : 1;
    }

    private static void saveQuietly(Validators validators) {
        try {
            validators.save();
        } catch (IOException | java.io.UncheckedIOException e) {
            System.err.println("verbatim ingest: cannot save the fetch validators: " + Errors.reason(e));
        }
    }

    static String summary(Ingester.Report r) {
        double rate = r.seconds() > 0 ? r.ok() / r.seconds() : 0;
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "read %d: ok %d, skipped %d, failed %d%s; duplicates %d (added %d) in %.1f s, %.0f articles/s",
                r.read(), r.ok(), r.skipped(), r.failed(), r.timeouts() > 0 ? " (" + r.timeouts() + " timeouts)" : "",
                r.duplicates(), r.added(), r.seconds(), rate));
        sb.append(String.format(Locale.ROOT, "%nindex: %d articles in %d clusters", r.articles(), r.clusters()));
        if (!r.skippedReasons().isEmpty()) {
            sb.append("\nskipped: ").append(r.skippedReasons());
        }
        if (r.gaps() > 0) {
            sb.append(String.format(Locale.ROOT, "%ngarbage: %d bytes in %d gaps between archive records skipped "
                    + "(no record in them)", r.gapBytes(), r.gaps()));
        }
        if (r.failed() > 0 || r.gaps() > 0) {
            sb.append("\nrejects: ").append(r.rejects());
        }
        return sb.toString();
    }

    private static final double MB = 1024 * 1024;

    /** CPU per article and cores used tell the cost even when other processes share the machine. */
    static String costs(Ingester.Report r, ResourceMeter.Usage u) {
        StringBuilder steps = new StringBuilder();
        r.stepCpuSeconds().forEach((step, secs) -> steps.append(String.format(Locale.ROOT, "%s %.1f, ", step,
                r.ok() > 0 ? secs * 1000 / r.ok() : 0)));
        return String.format(Locale.ROOT, "cost: %.1f ms CPU per article (%sGC %.1f, JIT %.1f) on %.2f cores; heap "
                        + "peak %.0f MB, live %.0f MB after GC, of %.0f MB", u.cpuMsPer(r.ok()), steps,
                u.gcSeconds() * 1000 / Math.max(1, r.ok()), u.jitSeconds() * 1000 / Math.max(1, r.ok()), u.cores(),
                u.peakHeap() / MB, u.peakLiveHeap() / MB, u.maxHeap() / MB);
    }

    static void writeReport(Ingester.Report r, ResourceMeter.Usage u, Path file) throws IOException {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode o = m.createObjectNode();
        o.put("read", r.read());
        o.put("ok", r.ok());
        o.put("skipped", r.skipped());
        o.put("failed", r.failed());
        o.put("duplicates", r.duplicates());
        o.put("timeouts", r.timeouts());
        o.put("gaps", r.gaps());
        o.put("gap_bytes", r.gapBytes());
        o.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
        o.put("added", r.added());
        o.put("articles", r.articles());
        o.put("clusters", r.clusters());
        ObjectNode reasons = o.putObject("skipped_reasons");
        r.skippedReasons().forEach(reasons::put);
        o.put("rejects", r.rejects().toString());
        o.put("articles_per_second", round(r.seconds() > 0 ? r.ok() / r.seconds() : 0));
        o.put("cpu_seconds", round(u.cpuSeconds()));
        o.put("cpu_ms_per_article", round(u.cpuMsPer(r.ok())));
        o.put("cores", round(u.cores()));
        o.put("gc_seconds", round(u.gcSeconds()));
        o.put("jit_seconds", round(u.jitSeconds()));
        o.put("peak_heap_mb", round(u.peakHeap() / MB));
        o.put("peak_live_heap_mb", round(u.peakLiveHeap() / MB));
        o.put("max_heap_mb", round(u.maxHeap() / MB));
        ObjectNode steps = o.putObject("step_cpu_seconds");
        r.stepCpuSeconds().forEach((k, v) -> steps.put(k, round(v)));
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        m.writeValue(file.toFile(), o);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
