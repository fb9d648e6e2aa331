package org.verbatim.ingest.feed;

import java.util.List;
import java.util.Objects;

/**
 * A parsed feed or sitemap.
 *
 * @param kind    what the document was
 * @param entries its links in document order, deduplicated; child sitemaps for {@link Kind#SITEMAP_INDEX}
 */
public record Feed(Kind kind, List<FeedEntry> entries) {

    /** The document types understood; {@link #NONE} for anything else (e.g. an HTML page). */
    public enum Kind { RSS, ATOM, SITEMAP, SITEMAP_INDEX, NONE }

    public Feed {
        Objects.requireNonNull(kind, "kind");
        entries = List.copyOf(entries);
    }
}
