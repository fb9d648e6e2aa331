package org.verbatim.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Page;
import org.verbatim.ingest.Outcome;
import org.verbatim.ingest.SourceRecord;

class FetchSourcesTest {
    private LocalServer server;
    private FetchSources sources;

    @BeforeEach
    void start() throws Exception {
        server = new LocalServer()
                .page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private\n")
                .page("/a", "text/html", "<p>A</p>")
                .page("/c", "text/plain; charset=utf-8", "Headline\n\nText.")
                .page("/private/b", "text/html", "<p>B</p>");
        server.page("/feed.xml", "application/rss+xml", "<rss><channel>"
                + "<item><link>" + server.url("/a") + "</link></item>"
                + "<item><link>/private/b</link></item>"
                + "<item><link>/missing</link></item></channel></rss>");
        server.page("/sitemap-index.xml", "application/xml", "<sitemapindex><sitemap><loc>" + server.url("/sitemap-1.xml")
                + "</loc></sitemap></sitemapindex>");
        server.page("/sitemap-1.xml", "application/xml", "<urlset><url><loc>" + server.url("/a") + "</loc></url>"
                + "<url><loc>" + server.url("/c") + "</loc></url></urlset>");
        sources = new FetchSources(new Fetcher(FetchPolicy.defaults().withHostDelay(Duration.ZERO)
                .withBackoff(Duration.ofMillis(1)), new Validators()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private List<SourceRecord> read(String url) throws InterruptedException {
        List<SourceRecord> out = new ArrayList<>();
        sources.source(url).read(out::add);
        return out;
    }

    @Test
    void aFeedGivesOneRecordPerEntryWithRobotsSkipsAndFetchFailures() throws Exception {
        List<SourceRecord> out = read(server.url("/feed.xml"));
        assertThat(out).hasSize(3);
        assertThat(out.get(0).page().url()).isEqualTo(server.url("/a"));
        assertThat(out.get(0).source()).isEqualTo(server.url("/feed.xml"));
        assertThat(out.get(1).early().status()).isEqualTo(Outcome.Status.SKIPPED);
        assertThat(out.get(1).early().reason()).contains("robots.txt");
        assertThat(out.get(2).early().status()).isEqualTo(Outcome.Status.FAILED);
        assertThat(out.get(2).early().reason()).contains("/missing").contains("HTTP 404");
        assertThat(out.get(2).recordId()).isEqualTo(server.url("/missing"));
    }

    @Test
    void sitemapIndexesAreFollowedAndTextPagesKeepTheirKind() throws Exception {
        List<SourceRecord> out = read(server.url("/sitemap-index.xml"));
        assertThat(out).extracting(r -> r.page().url()).containsExactly(server.url("/a"), server.url("/c"));
        assertThat(out).extracting(r -> r.page().kind()).containsExactly(Page.Kind.HTML, Page.Kind.TEXT);
    }

    @Test
    void aPageUrlIsOneRecordAndAnUnreachableOneFails() throws Exception {
        assertThat(read(server.url("/a"))).singleElement().satisfies(r -> assertThat(r.page()).isNotNull());
        assertThat(read("http://127.0.0.1:1/nothing")).singleElement()
                .satisfies(r -> assertThat(r.early().status()).isEqualTo(Outcome.Status.FAILED));
    }
}
