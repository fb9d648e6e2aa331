package org.verbatim.robustness;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.verbatim.Verbatim;
import org.verbatim.model.Article;
import org.verbatim.model.Page;

/**
 * One generated input and the way it reaches the library.
 *
 * @param family      the generator that made it (for messages)
 * @param detail      what exactly it did (e.g. which tag, which charset)
 * @param route       which entry point the input goes through
 * @param bytes       the raw input (for {@link Route#TEXT_STRING}, its UTF-8 form)
 * @param text        the input string for {@link Route#TEXT_STRING}, else {@code null}
 * @param contentType the HTTP Content-Type for {@link Route#HTML_PAGE}, else {@code null}
 * @param asciiSource whether every character of the page's content is ASCII, whatever its (lying) charset label
 *                    says, so that a non-ASCII character in the output means the lie was believed
 */
record MalformedCase(String family, String detail, Route route, byte[] bytes, String text, String contentType,
        boolean asciiSource) {

    /** The library entry point an input goes through. */
    enum Route {
        /** {@code Verbatim.extract(byte[], url)}. */
        HTML_BYTES,
        /** {@code Verbatim.extract(Page)} of an HTML page with an HTTP Content-Type. */
        HTML_PAGE,
        /** {@code Verbatim.extractText(String, url)}. */
        TEXT_STRING,
        /** {@code Verbatim.extract(Page)} of a text page given as raw bytes. */
        TEXT_BYTES
    }

    static final String URL = "https://news.example.com/2024/01/24/story.html";

    MalformedCase {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(bytes, "bytes");
    }

    static MalformedCase html(String family, String detail, byte[] bytes) {
        return new MalformedCase(family, detail, Route.HTML_BYTES, bytes, null, null, false);
    }

    static MalformedCase html(String family, String detail, String html) {
        return html(family, detail, html.getBytes(StandardCharsets.UTF_8));
    }

    static MalformedCase htmlPage(String family, String detail, byte[] bytes, String contentType) {
        return new MalformedCase(family, detail, Route.HTML_PAGE, bytes, null, contentType, false);
    }

    static MalformedCase text(String family, String detail, String text) {
        return new MalformedCase(family, detail, Route.TEXT_STRING, text.getBytes(StandardCharsets.UTF_8), text,
                null, false);
    }

    static MalformedCase textBytes(String family, String detail, byte[] bytes) {
        return new MalformedCase(family, detail, Route.TEXT_BYTES, bytes, null, null, false);
    }

    MalformedCase markAsciiSource() {
        return new MalformedCase(family, detail, route, bytes, text, contentType, true);
    }

    /** Runs the library on this input. */
    Article extract() {
        return switch (route) {
            case HTML_BYTES -> Verbatim.extract(bytes, URL);
            case HTML_PAGE -> Verbatim.extract(new Page(URL, URL, bytes, contentType, Page.Kind.HTML));
            case TEXT_STRING -> Verbatim.extractText(text, URL);
            case TEXT_BYTES -> Verbatim.extract(Page.text(URL, URL, bytes));
        };
    }

    /** A one-line description for failure messages: family, detail, route and size. */
    String describe() {
        return family + " [" + detail + "] via " + route + ", " + bytes.length + " bytes"
                + (contentType == null ? "" : ", Content-Type: " + abbreviate(contentType));
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "...(" + s.length() + " chars)";
    }
}
