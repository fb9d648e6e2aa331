package org.verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.enrich.ArticleAnnotator;
import org.verbatim.extract.HtmlExtractor;
import org.verbatim.extract.TextExtractor;
import org.verbatim.model.Article;
import org.verbatim.pipeline.PagePath;
import org.verbatim.pipeline.PageProcessor;
import org.verbatim.serve.DemoIndex;

/**
 * A document's id derives from its page's bytes, not from what was extracted: after an upgrade that changes the
 * extractor's output, ingesting the same pages again replaces their documents and adds none.
 */
class ReingestTest {
    @TempDir
    Path dir;

    @Test
    void reingestingAfterAnExtractorChangeAddsNoDocumentAndStoresTheNewOutput() throws IOException {
        List<DemoIndex.PageInput> pages = DemoIndex.demoPages();
        DemoIndex.Summary first = DemoIndex.ingest(dir, pages);
        assertThat(first.articles()).isGreaterThan(5);

        HtmlExtractor html = new HtmlExtractor(java.time.Clock.systemUTC());
        PagePath upgraded = new PagePath(page -> {
            Article a = html.extract(page);
            return a.toBuilder().title(a.title() == null ? "upgraded" : a.title() + " (upgraded)").build();
        }, new TextExtractor(java.time.Clock.systemUTC()), new ArticleAnnotator());
        DemoIndex.Summary again = DemoIndex.ingest(dir, pages,
                new PageProcessor(upgraded, true, true, PageProcessor.StepTimer.NONE, null));

        assertThat(again.added()).isZero();
        assertThat(again.articles()).isEqualTo(first.articles());
        Map<String, Integer> titles = new HashMap<>();
        try (ArticleSearch s = ArticleSearch.open(dir)) {
            s.forEachArticle(a -> titles.merge(a.json().contains("(upgraded)") || a.json().contains("\"upgraded\"")
                    ? "new" : "old", 1, Integer::sum));
            assertThat(s.quoteCount()).isPositive();
        }
        assertThat(titles).containsOnlyKeys("new").containsEntry("new", (int) first.articles());

        DemoIndex.Summary third = DemoIndex.ingest(dir, pages,
                new PageProcessor(upgraded, true, true, PageProcessor.StepTimer.NONE, null));
        assertThat(third.added()).isZero();
        assertThat(third.articles()).isEqualTo(first.articles());
    }
}
