package org.verbatim.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.verbatim.Verbatim;
import org.verbatim.enrich.fingerprint.MinHasher;
import org.verbatim.eval.GoldenPages;
import org.verbatim.index.ArticleIndex;
import org.verbatim.index.IndexedArticle;
import org.verbatim.model.Article;

/** Builds an index from pages held in memory: the bundled demo corpus, or pages a test wrote. */
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

    /** Extracts {@code pages} and upserts them into the index in {@code dir} (created when absent). */
    public static Summary ingest(Path dir, List<PageInput> pages) throws IOException {
        MinHasher hasher = new MinHasher();
        int added = 0;
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            for (PageInput p : pages) {
                Article a = Verbatim.extract(p.html(), p.url()).withSource(p.source());
                if (index.upsert(IndexedArticle.of(a, hasher, p.source(), p.url()))) {
                    added++;
                }
            }
            index.commit();
            return new Summary(pages.size(), added, index.articleCount());
        }
    }
}
