package org.verbatim.ingest.feed;

import java.util.Objects;

/**
 * One link a feed or sitemap lists.
 *
 * @param url       the absolute URL of the page (or, in a sitemap index, of a child sitemap)
 * @param title     the entry's title when given (RSS/Atom, news sitemaps), else {@code null}
 * @param published the date as the feed writes it ({@code pubDate}, {@code updated}, {@code lastmod},
 *                  {@code news:publication_date}), else {@code null}
 */
public record FeedEntry(String url, String title, String published) {
    public FeedEntry {
        Objects.requireNonNull(url, "url");
        if (url.isBlank()) {
            throw new IllegalArgumentException("blank url");
        }
        title = title == null || title.isBlank() ? null : title.strip();
        published = published == null || published.isBlank() ? null : published.strip();
    }
}
