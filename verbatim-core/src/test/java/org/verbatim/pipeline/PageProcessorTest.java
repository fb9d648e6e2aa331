package org.verbatim.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verbatim.enrich.fingerprint.DocumentId;
import org.verbatim.enrich.fingerprint.MinHasher;
import org.verbatim.model.Page;
import org.verbatim.ingest.SourceRecord;
import org.verbatim.ingest.Outcome;

class PageProcessorTest {
    private static final PagePath PATH = PagePath.standard(java.time.Clock.systemUTC());
    private static final String ARTICLE = "<html><head><title>Council votes to rebuild the old bridge</title>"
            + "<link rel=canonical href='https://news.example/bridge?utm_source=x'></head><body><article>"
            + "<h1>Council votes to rebuild the old bridge</h1>"
            + "<p>The city council voted on Monday to rebuild the old bridge over the river, ending years of debate "
            + "about the crossing that thousands of commuters use every day.</p>"
            + "<p>\"We cannot wait any longer,\" said Mayor Anna Berg after the vote. \"The bridge is not safe.\"</p>"
            + "<p>Work is expected to start next spring and to last about two years, the council said.</p>"
            + "</article></body></html>";

    private static SourceRecord page(String html) {
        return SourceRecord.page("in.warc", "<urn:1>",
                Page.html("in.warc@0", "https://news.example/bridge", html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anArticleIsExtractedAnnotatedFingerprintedAndNamedByItsCanonicalUrlAndPageBytes() {
        Map<PageProcessor.Step, Long> laps = new EnumMap<>(PageProcessor.Step.class);
        PageProcessor.StepTimer timer = new PageProcessor.StepTimer() {
            @Override
            public long now() {
                return 0;
            }

            @Override
            public long lap(PageProcessor.Step step, long since) {
                laps.merge(step, 1L, Long::sum);
                return 0;
            }
        };
        Processed<ProcessedArticle> p = new PageProcessor(PATH, true, false, timer, null).process(page(ARTICLE));
        assertThat(p.outcome().isOk()).isTrue();
        ProcessedArticle a = p.value();
        assertThat(a.article().title()).isEqualTo("Council votes to rebuild the old bridge");
        assertThat(a.article().annotation().quotes()).isNotEmpty();
        assertThat(a.fingerprint()).isEqualTo(new MinHasher().fingerprint(a.article().title(), a.article().text()));
        assertThat(a.id()).isEqualTo(DocumentId.of(a.article().canonicalUrl(),
                MinHasher.sha256Hex(page(ARTICLE).page().content())))
                .isNotEqualTo(DocumentId.of(a.article().canonicalUrl(), a.fingerprint().contentHash()));
        assertThat(a.source()).isEqualTo("in.warc");
        assertThat(a.recordId()).isEqualTo("<urn:1>");
        assertThat(laps).containsOnlyKeys(PageProcessor.Step.values());
    }

    @Test
    void withoutAnnotationNoQuotesAreLookedFor() {
        Processed<ProcessedArticle> p = new PageProcessor(PATH, false, false, PageProcessor.StepTimer.NONE, null)
                .process(page(ARTICLE));
        assertThat(p.value().article().annotation().quotes()).isEmpty();
        Processed<ProcessedArticle> q = new PageProcessor(PATH, true, false, PageProcessor.StepTimer.NONE, null)
                .process(page(ARTICLE));
        assertThat(q.value().id()).isEqualTo(p.value().id());
    }

    @Test
    void aPageWithoutTitleOrTextIsSkippedWithItsReason() {
        Processed<ProcessedArticle> p = new PageProcessor(PATH, true, true, PageProcessor.StepTimer.NONE, null)
                .process(page("<html><body></body></html>"));
        assertThat(p.outcome().status()).isEqualTo(Outcome.Status.SKIPPED);
        assertThat(p.outcome().reason()).isEqualTo("no article: no title and no text");
    }

    @Test
    void aReadersVerdictPassesThrough() {
        SourceRecord failed = SourceRecord.failed("in.warc", "@12", "at byte 12: corrupt record");
        Processed<ProcessedArticle> p = new PageProcessor(PATH, true, false, PageProcessor.StepTimer.NONE, null)
                .process(failed);
        assertThat(p.outcome()).isEqualTo(failed.early());
    }
}
