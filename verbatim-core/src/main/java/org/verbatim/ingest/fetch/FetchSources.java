package org.verbatim.ingest.fetch;

import java.util.Locale;
import org.verbatim.ingest.feed.Feed;
import org.verbatim.ingest.feed.FeedEntry;
import org.verbatim.ingest.feed.FeedParser;
import org.verbatim.model.Page;
import org.verbatim.ingest.RecordSource;
import org.verbatim.ingest.SourceRecord;

/**
 * Turns a URL into records: a feed (RSS/Atom) or sitemap gives one record per page it lists, a sitemap index is
 * followed into its child sitemaps (to {@link #MAX_DEPTH} levels), anything else is one page. Pages robots.txt
 * forbids and documents that answer 304 Not Modified are skipped; fetch errors are failed records naming the URL.
 */
public final class FetchSources {
    /** Sitemap index levels followed. */
    public static final int MAX_DEPTH = 3;
    /** Pages taken from one feed or sitemap at most, so a huge sitemap cannot run for days unasked. */
    public static final int MAX_ENTRIES = 50_000;

    private final Fetcher fetcher;
    private final FeedParser parser = new FeedParser();

    public FetchSources(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    public RecordSource source(String url) {
        return sink -> emit(url, url, 0, sink);
    }

    private void emit(String input, String url, int depth, RecordSource.Sink sink) throws InterruptedException {
        FetchResult r;
        try {
            r = fetcher.fetch(url);
        } catch (FetchException e) {
            sink.accept(e.disallowed() ? SourceRecord.skipped(input, url, "robots.txt: " + e.getMessage())
                    : SourceRecord.failed(input, url, e.getMessage()));
            return;
        }
        if (r.notModified()) {
            sink.accept(SourceRecord.skipped(input, url, "not modified since the last fetch"));
            return;
        }
        if (!FeedParser.looksLikeFeed(r.body())) {
            sink.accept(SourceRecord.page(input, url, page(r)));
            return;
        }
        Feed feed = parser.parse(r.body(), r.finalUrl());
        int n = 0;
        for (FeedEntry e : feed.entries()) {
            if (n++ >= MAX_ENTRIES) {
                break;
            }
            if (feed.kind() == Feed.Kind.SITEMAP_INDEX) {
                if (depth < MAX_DEPTH) {
                    emit(input, e.url(), depth + 1, sink);
                }
            } else {
                pageOnly(input, e.url(), sink);
            }
        }
    }

    private void pageOnly(String input, String url, RecordSource.Sink sink) throws InterruptedException {
        try {
            FetchResult r = fetcher.fetch(url);
            sink.accept(r.notModified() ? SourceRecord.skipped(input, url, "not modified since the last fetch")
                    : SourceRecord.page(input, url, page(r)));
        } catch (FetchException e) {
            sink.accept(e.disallowed() ? SourceRecord.skipped(input, url, "robots.txt: " + e.getMessage())
                    : SourceRecord.failed(input, url, e.getMessage()));
        }
    }

    private static Page page(FetchResult r) {
        String type = r.contentType() == null ? "" : r.contentType().toLowerCase(Locale.ROOT);
        Page.Kind kind = type.startsWith("text/plain") ? Page.Kind.TEXT : Page.Kind.HTML;
        return new Page(r.url(), r.finalUrl(), r.body(), r.contentType(), kind);
    }
}
