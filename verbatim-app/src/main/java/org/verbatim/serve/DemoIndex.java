package org.verbatim.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.verbatim.eval.GoldenPages;
import org.verbatim.index.ArticleIndex;
import org.verbatim.index.QuoteDocuments;
import org.verbatim.ingest.SourceRecord;
import org.verbatim.model.Page;
import org.verbatim.pipeline.PagePath;
import org.verbatim.pipeline.PageProcessor;
import org.verbatim.pipeline.Processed;
import org.verbatim.pipeline.ProcessedArticle;

/**
 * Builds an index from pages held in memory (the bundled demo corpus, or pages a test wrote) the way {@code ingest}
 * does: each page through the per-page path ({@link PageProcessor}: extracted, annotated, fingerprinted), stored with
 * its quote and entity documents. Every page is kept, whatever its type, as the demo shows them all.
 */
public final class DemoIndex {
    private DemoIndex() {
    }

    /** A page to ingest: its address, its HTML, and a source label. */
    public record PageInput(String url, byte[] html, String source) {
    }

    /** What was ingested. */
    public record Summary(int pages, int added, long articles) {
    }

    /** The golden pages bundled on the class path ({@code org/verbatim/demo/corpus}). */
    public static List<PageInput> demoPages() {
        return GoldenPages.all().stream().map(g -> new PageInput(g.url(), g.html(), "demo:" + g.slug())).toList();
    }

    /** Runs {@code pages} through the per-page path into the index in {@code dir} (created when absent). */
    public static Summary ingest(Path dir, List<PageInput> pages) throws IOException {
        return ingest(dir, pages, new PageProcessor(PagePath.standard(java.time.Clock.systemUTC()), true, true,
                PageProcessor.StepTimer.NONE, null));
    }

    /** As {@link #ingest(Path, List)}, through {@code processor} (other extractors or models, in tests). */
    public static Summary ingest(Path dir, List<PageInput> pages, PageProcessor processor) throws IOException {
        int added = 0;
        try (ArticleIndex index = ArticleIndex.open(dir, new QuoteDocuments(), ArticleIndex.DEFAULT_COMMIT_EVERY)) {
            for (PageInput p : pages) {
                SourceRecord r = SourceRecord.page(p.source(), p.url(), Page.html(p.source(), p.url(), p.html()));
                Processed<ProcessedArticle> done = processor.process(r);
                if (done.outcome().isOk() && index.upsert(done.value())) {
                    added++;
                }
            }
            index.commit();
            return new Summary(pages.size(), added, index.articleCount());
        }
    }
}
