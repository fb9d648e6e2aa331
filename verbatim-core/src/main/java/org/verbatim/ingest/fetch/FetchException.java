package org.verbatim.ingest.fetch;

import java.io.IOException;

/** A URL that could not be fetched; the message is one line naming the URL and the reason. */
public final class FetchException extends IOException {
    private static final long serialVersionUID = 1L;
    private final boolean disallowed;

    FetchException(String url, String reason, boolean disallowed, Throwable cause) {
        super(url + ": " + reason, cause);
        this.disallowed = disallowed;
    }

    /** True when robots.txt forbids the URL: not an error of the input, so callers skip rather than fail it. */
    public boolean disallowed() {
        return disallowed;
    }
}
