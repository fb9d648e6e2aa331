package org.verbatim.ingest.fetch;

import java.util.Objects;

/**
 * The outcome of one fetch (after redirects and retries).
 *
 * @param url          the URL asked for
 * @param finalUrl     where the body came from, after redirects
 * @param status       the last HTTP status (304 when not modified)
 * @param contentType  the Content-Type header, or {@code null}
 * @param body         the body; empty for 304
 */
public record FetchResult(String url, String finalUrl, int status, String contentType, byte[] body) {
    public FetchResult {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(body, "body");
    }

    public boolean notModified() {
        return status == 304;
    }
}
