package org.verbatim.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.verbatim.ingest.PageLoader;
import org.verbatim.ingest.dispatch.InputSources;
import org.verbatim.pipeline.Counters;
import org.verbatim.pipeline.PagePath;
import org.verbatim.pipeline.PageProcessor;
import org.verbatim.pipeline.Pipeline;
import org.verbatim.ingest.RecordSource;
import org.verbatim.pipeline.ProcessedArticle;
import org.verbatim.pipeline.RejectsWriter;
import org.verbatim.pipeline.Stage;
import org.verbatim.pipeline.Writer;

/**
 * Ingests inputs into an index: reads them (WARC/ARC archives, page files, folders, URLs), and on several worker
 * threads extracts, annotates and fingerprints each article and upserts it (Lucene analyses the text on the thread
 * that adds it, so indexing scales with the workers too). Failed records go to {@code rejects.jsonl} in the index
 * folder.
 */
public final class Ingester {
    private final Options options;
    private final UrlSources urls;

    /**
     * @param index       the index folder
     * @param workers     worker threads (extraction, annotation and indexing)
     * @param queue       capacity of each pipeline queue
     * @param commitEvery articles between commits (durability points)
     * @param extra       quote and entity documents per article; {@link ExtraDocuments#NONE} also skips annotation
     * @param allPages    index every page; otherwise pages classified as other than articles are skipped (counted,
     *                    with the reason "not an article: TYPE", and listed in {@code skipped.jsonl})
     * @param recordTimeout the wall-clock safety net per record (the counted budgets of extraction and annotation
     *                    come first); {@code null} for none
     */
    public record Options(Path index, int workers, int queue, int commitEvery, ExtraDocuments extra,
                          boolean allPages, Duration recordTimeout) {

        /** The default safety net: far above what the work budgets let a record cost (a few seconds at most). */
        public static final Duration DEFAULT_RECORD_TIMEOUT = Duration.ofSeconds(60);

        /** Options with the default record timeout. */
        public Options(Path index, int workers, int queue, int commitEvery, ExtraDocuments extra, boolean allPages) {
            this(index, workers, queue, commitEvery, extra, allPages, DEFAULT_RECORD_TIMEOUT);
        }

        public static Options defaults(Path index) {
            int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
            // Small queues keep every worker busy while bounding memory: at most 2 x queue + workers records
            // (each capped at WarcSource.DEFAULT_MAX_BYTES) are in flight, whatever the input size.
            return new Options(index, cores, 4 * cores, ArticleIndex.DEFAULT_COMMIT_EVERY, new QuoteDocuments(),
                    false);
        }
    }

    /** Called on the writer thread after each record: records done, and the estimated total (0 when unknown). */
    @FunctionalInterface
    public interface ProgressListener {
        void update(long done, long estimatedTotal);
    }

    /**
     * What an ingest did. {@code read = ok + skipped + failed}; {@code duplicates} are ok records already in the
     * index (so {@code added = ok - duplicates}); {@code timeouts} are failed records stopped by the wall-clock safety
     * net; {@code gaps} and {@code gapBytes} are stretches of archives that held no record (skipped, no record lost);
     * {@code articles} and {@code clusters} describe the whole index after. {@code stepCpuSeconds} is the CPU time of
     * each step (extract, annotate, fingerprint, index) over all workers.
     */
    public record Report(long read, long ok, long skipped, long failed, long duplicates, long timeouts, long gaps,
            long gapBytes, double seconds, long added, long articles, long clusters, Map<String, Long> skippedReasons,
            Path rejects, Map<String, Double> stepCpuSeconds) {
    }

    public Ingester(Options options, UrlSources urls) {
        this.options = options;
        this.urls = urls;
    }

    public Report run(List<String> inputs, ProgressListener progress) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Files.createDirectories(options.index());
        AtomicLong bytesRead = new AtomicLong();
        long totalBytes = InputSources.totalBytes(inputs);
        List<RecordSource> sources = InputSources.of(inputs, new PageLoader(), null, urls::source, bytesRead);
        StepClock clock = new StepClock();
        Path rejectsFile = options.index().resolve(ArticleIndex.REJECTS);
        Counters.Snapshot s;
        try (ArticleIndex index = ArticleIndex.open(options.index(), options.extra(), options.commitEvery());
             RejectsWriter rejects = new RejectsWriter(rejectsFile);
             SkippedPages skipped = new SkippedPages(options.index().resolve(SkippedPages.FILE))) {
            boolean annotate = options.extra() != ExtraDocuments.NONE;
            Stage<ProcessedArticle> stage = new PageProcessor(PagePath.standard(java.time.Clock.systemUTC()), annotate,
                    options.allPages(), clock, skipped::add);
            Writer<ProcessedArticle> writer = p -> {
                long t = clock.now();
                try {
                    return index.upsert(p.value()) ? Writer.Written.ADDED : Writer.Written.DUPLICATE;
                } finally {
                    clock.lap(StepClock.Step.INDEX, t);
                }
            };
            s = Pipeline.concurrent(stage, writer, options.workers(), options.queue())
                    .withRecordTimeout(options.recordTimeout())
                    .run(sources, rejects, c -> report(c, progress, bytesRead, totalBytes));
        }
        long articles;
        long clusters;
        try (ArticleSearch search = ArticleSearch.open(options.index())) {
            articles = search.count(IndexFields.KIND_ARTICLE);
            clusters = search.clusterCount();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        return new Report(s.read(), s.ok(), s.skipped(), s.failed(), s.duplicates(), s.timeouts(), s.gaps(),
                s.gapBytes(), secs, s.ok() - s.duplicates(), articles, clusters, s.skipReasons(), rejectsFile,
                clock.seconds());
    }


    private static void report(Counters c, ProgressListener p, AtomicLong bytesRead, long totalBytes) {
        if (p == null) {
            return;
        }
        Counters.Snapshot s = c.snapshot();
        long done = s.ok() + s.skipped() + s.failed();
        long read = bytesRead.get();
        long est = totalBytes > 0 && read > 0 ? Math.max(done, Math.round(s.read() * (double) totalBytes / read)) : 0;
        p.update(done, est);
    }
}
