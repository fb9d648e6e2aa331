package org.verbatim.index;

import org.verbatim.ingest.RecordSource;

/** Turns a URL given on the command line into records: a page, or the pages a feed or sitemap lists. */
@FunctionalInterface
public interface UrlSources {
    RecordSource source(String url);
}
