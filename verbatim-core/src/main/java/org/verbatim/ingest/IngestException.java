package org.verbatim.ingest;

import java.io.IOException;

/**
 * An input that could not be read: a missing file, a broken gzip stream, an HTTP error. The message is one line that
 * names the input and the reason, fit for a rejects file or stderr.
 */
public final class IngestException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String source;

    public IngestException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
    }

    public IngestException(String source, String reason) {
        this(source, reason, null);
    }

    /** The input as given. */
    public String source() {
        return source;
    }
}
