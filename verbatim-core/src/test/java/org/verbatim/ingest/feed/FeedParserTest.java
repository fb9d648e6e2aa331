package org.verbatim.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    private final FeedParser parser = new FeedParser();

    private Feed parse(String xml, String base) {
        byte[] b = xml.getBytes(StandardCharsets.UTF_8);
        return parser.parse(b, base);
    }

    @Test
    void rssItemsGiveLinksTitlesAndDatesResolvedAndDeduplicated() {
        Feed f = parse("""
                <?xml version="1.0"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Courier</title>
                <link>https://courier.example/</link>
                <item><title>Bridge closes</title><link>/news/bridge</link><pubDate>Thu, 06 Mar 2025 09:00:00 GMT</pubDate></item>
                <item><title>Ferries</title><guid>https://courier.example/news/ferries</guid><dc:date>2025-03-07</dc:date></item>
                <item><title>Again</title><link>https://courier.example/news/bridge</link></item>
                <item><title>Mail</title><link>mailto:desk@courier.example</link></item>
                <item><title>Not a link</title><guid isPermaLink="false">tag:123</guid></item>
                </channel></rss>""", "https://courier.example/feed.xml");
        assertThat(f.kind()).isEqualTo(Feed.Kind.RSS);
        assertThat(f.entries()).extracting(FeedEntry::url).containsExactly("https://courier.example/news/bridge",
                "https://courier.example/news/ferries");
        assertThat(f.entries().get(0).title()).isEqualTo("Bridge closes");
        assertThat(f.entries().get(0).published()).isEqualTo("Thu, 06 Mar 2025 09:00:00 GMT");
        assertThat(f.entries().get(1).published()).isEqualTo("2025-03-07");
    }

    @Test
    void atomEntriesUseTheirAlternateLink() {
        Feed f = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
                <entry><title>One</title><link rel="edit" href="/edit/1"/><link rel="alternate" href="https://wire.example/1"/>
                <updated>2025-03-06T10:00:00Z</updated></entry>
                <entry><title>Two</title><link href="2"/><published>2025-03-07T08:00:00Z</published></entry>
                </feed>""", "https://wire.example/feeds/all.atom");
        assertThat(f.kind()).isEqualTo(Feed.Kind.ATOM);
        assertThat(f.entries()).extracting(FeedEntry::url).containsExactly("https://wire.example/1",
                "https://wire.example/feeds/2");
        assertThat(f.entries()).extracting(FeedEntry::published).containsExactly("2025-03-06T10:00:00Z",
                "2025-03-07T08:00:00Z");
    }

    @Test
    void newsSitemapsAndSitemapIndexesAreRead() {
        Feed news = parse("""
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url><loc>https://courier.example/a</loc>
                    <news:news><news:publication><news:name>Courier</news:name></news:publication>
                    <news:publication_date>2025-03-06T09:00:00+00:00</news:publication_date>
                    <news:title>Bridge closes</news:title></news:news></url>
                  <url><loc>https://courier.example/b</loc><lastmod>2025-03-01</lastmod></url>
                </urlset>""", null);
        assertThat(news.kind()).isEqualTo(Feed.Kind.SITEMAP);
        assertThat(news.entries()).containsExactly(
                new FeedEntry("https://courier.example/a", "Bridge closes", "2025-03-06T09:00:00+00:00"),
                new FeedEntry("https://courier.example/b", null, "2025-03-01"));
        Feed index = parse("""
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <sitemap><loc>https://courier.example/sitemap-1.xml</loc></sitemap>
                <sitemap><loc>https://courier.example/sitemap-2.xml</loc><lastmod>2025-03-02</lastmod></sitemap>
                </sitemapindex>""", null);
        assertThat(index.kind()).isEqualTo(Feed.Kind.SITEMAP_INDEX);
        assertThat(index.entries()).hasSize(2);
    }

    @Test
    void htmlIsNotAFeedAndBrokenXmlStillYieldsItsLinks() {
        byte[] html = "<!doctype html><html><body><p>Hello</p></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(FeedParser.looksLikeFeed(html)).isFalse();
        assertThat(parser.parse(html, null).kind()).isEqualTo(Feed.Kind.NONE);
        Feed broken = parse("<rss><channel><item><link>https://x.example/1</link><title>Unclosed & bad",
                null);
        assertThat(broken.entries()).extracting(FeedEntry::url).containsExactly("https://x.example/1");
        assertThat(FeedParser.looksLikeFeed("<?xml version='1.0'?><urlset>".getBytes(StandardCharsets.UTF_8))).isTrue();
    }
}
