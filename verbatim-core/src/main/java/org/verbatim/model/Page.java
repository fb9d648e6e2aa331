package org.verbatim.model;

import java.util.Objects;

/**
 * Raw input before extraction: the bytes of one page and what is known about them.
 *
 * @param source      the input as given (file path, URL, WARC file and offset), for messages and {@code source}
 * @param url         the page's URL when known
 * @param content     the raw bytes, not decoded; never {@code null}
 * @param contentType the HTTP {@code Content-Type} when known (may carry a charset), else {@code null}
 * @param kind        whether the bytes are HTML or scraped plain text
 */
public record Page(String source, String url, byte[] content, String contentType, Kind kind) {

    /** How the bytes should be read. */
    public enum Kind { HTML, TEXT }

    public Page {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(kind, "kind");
    }

    public static Page html(String source, String url, byte[] content) {
        return new Page(source, url, content, null, Kind.HTML);
    }

    public static Page text(String source, String url, byte[] content) {
        return new Page(source, url, content, null, Kind.TEXT);
    }
}
