package org.verbatim.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.verbatim.json.ArticleJson;
import org.verbatim.model.Article;
import org.verbatim.model.Block;

/**
 * The properties every extracted article must have, whatever the input: the robustness contract, not extraction
 * quality. The checks return what they found instead of asserting, so that a test can report every broken property
 * of one input at once.
 */
final class ArticleChecks {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A property of the contract. */
    enum Property {
        /** The extractor returned {@code null}. */
        NON_NULL,
        /** A block has no character a reader would see. */
        VISIBLE_BLOCKS,
        /** A string field holds U+0000. */
        NO_NUL,
        /** A string field holds a high surrogate without its low half, or a low one alone. */
        NO_UNPAIRED_SURROGATE,
        /** {@link ArticleJson#toLine} wrote a line break, or a line that does not read back as the same tree. */
        JSON_LINE,
        /** An all-ASCII page came out with non-ASCII text: a lying charset label was believed. */
        ASCII_STAYS_ASCII
    }

    /** One broken property and where. */
    record Violation(Property property, String where) {
        @Override
        public String toString() {
            return property + ": " + where;
        }
    }

    private ArticleChecks() {
    }

    /**
     * Everything wrong with {@code a}: null, blocks with nothing visible, NULs or unpaired surrogates in
     * {@code text()} or any metadata string, and a JSON line that is not one line or does not read back.
     */
    static List<Violation> violations(Article a) {
        List<Violation> found = new ArrayList<>();
        if (a == null) {
            found.add(new Violation(Property.NON_NULL, "extractor returned null"));
            return found;
        }
        for (int i = 0; i < a.blocks().size(); i++) {
            Block b = a.blocks().get(i);
            if (!hasVisibleCharacter(b.text())) {
                found.add(new Violation(Property.VISIBLE_BLOCKS,
                        "block " + i + " (" + b.type().id() + ") is " + escape(b.text())));
            }
        }
        String text = a.text(); // joined once: on megabyte articles the checks would otherwise dominate
        for (Field f : fields(a, text)) {
            wellFormed(f.name(), f.value(), found);
        }
        json(a, text, found);
        return found;
    }

    /** Adds a violation when an all-ASCII page's title or text is not all ASCII. */
    static List<Violation> asciiViolations(Article a) {
        String out = (a.title() == null ? "" : a.title()) + "\n" + a.text();
        int at = firstNonAscii(out);
        return at < 0 ? List.of()
                : List.of(new Violation(Property.ASCII_STAYS_ASCII, "title/text has " + around(out, at)));
    }

    private static void wellFormed(String field, String value, List<Violation> found) {
        if (value == null) {
            return;
        }
        int nul = value.indexOf('\0');
        if (nul >= 0) {
            found.add(new Violation(Property.NO_NUL, field + " at " + nul + ": " + around(value, nul)));
        }
        int lone = unpairedSurrogate(value);
        if (lone >= 0) {
            found.add(new Violation(Property.NO_UNPAIRED_SURROGATE, field + " at " + lone + ": "
                    + around(value, lone)));
        }
    }

    /** The JSON line, written as UTF-8 and read back, must be the tree {@link ArticleJson#toNode} builds. */
    private static void json(Article a, String text, List<Violation> found) {
        String line = ArticleJson.toLine(a);
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
            found.add(new Violation(Property.JSON_LINE, "line break in the JSON line"));
        }
        try {
            JsonNode back = MAPPER.readTree(line.getBytes(StandardCharsets.UTF_8));
            if (!ArticleJson.toNode(a).equals(back) || !text.equals(back.path("text").asText())
                    || a.blocks().size() != back.path("blocks").size()) {
                found.add(new Violation(Property.JSON_LINE, "JSON read back differs from the article"));
            }
        } catch (IOException e) {
            found.add(new Violation(Property.JSON_LINE, "JSON line does not parse back: " + e.getMessage()));
        }
    }

    /** Index of the first unpaired surrogate in {@code s}, or -1. */
    static int unpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a reader would see anything: a code point that is not whitespace, not a space separator (no-break
     * and ideographic spaces included), not a control and not a format character (zero-width space, BOM, word
     * joiner).
     */
    static boolean hasVisibleCharacter(String s) {
        return s.codePoints().anyMatch(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                && Character.getType(cp) != Character.CONTROL && Character.getType(cp) != Character.FORMAT);
    }

    private static int firstNonAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return i;
            }
        }
        return -1;
    }

    private record Field(String name, String value) {
    }

    private static List<Field> fields(Article a, String text) {
        List<Field> f = new ArrayList<>(List.of(new Field("text()", text), new Field("title", a.title()),
                new Field("standfirst", a.standfirst()), new Field("siteName", a.siteName()),
                new Field("language", a.language()), new Field("url", a.url()),
                new Field("canonicalUrl", a.canonicalUrl()), new Field("source", a.source())));
        for (int i = 0; i < a.authors().size(); i++) {
            f.add(new Field("authors[" + i + "]", a.authors().get(i)));
        }
        for (int i = 0; i < a.warnings().size(); i++) {
            f.add(new Field("warnings[" + i + "]", a.warnings().get(i)));
        }
        return f;
    }

    /** Up to 30 characters either side of {@code at}, escaped. */
    static String around(String s, int at) {
        return escape(s.substring(Math.max(0, at - 30), Math.min(s.length(), at + 30)));
    }

    /** {@code s} quoted, at most 120 characters, controls and non-ASCII as {@code \\uXXXX}. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder("\"");
        String shown = s.length() > 120 ? s.substring(0, 120) : s;
        for (char c : shown.toCharArray()) {
            sb.append(c < 0x20 || c >= 0x7F ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return sb.append('"').append(s.length() > 120 ? "...(" + s.length() + " chars)" : "").toString();
    }
}
