package org.verbatim.eval;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The forms in which the title figures compare a predicted title with a gold one. {@code *.title.exact} compares
 * {@link Evaluation#normalise} forms (whitespace collapsed, nothing else); the two secondary figures relax that in
 * stated, narrow ways:
 * <ul>
 *   <li>{@link #readerForm}: for {@code *.title.normalized}, differences a reader does not see as a different title;
 *   <li>{@link #withoutCredit}: for {@code readability_news.title.spec}, the gold title without a trailing site or
 *   byline credit that the same gold record names.
 * </ul>
 */
final class TitleForms {
    /** Single quote marks and primes read as the straight apostrophe ({@code ‘ ’ ‚ ‛ ′}). */
    static final String SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032";
    /** Double quote marks and double primes read as the straight double quote ({@code “ ” „ ‟ ″}). */
    static final String DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033";
    /**
     * Separators between a title and a trailing credit, written with whitespace on both sides: hyphen-minus, the
     * Unicode hyphens and dashes (U+2010 to U+2015), vertical and broken bars, middle dot, bullet, slash, tilde (the
     * body of a regular-expression character class).
     */
    static final String SPACED_SEPARATORS = "\\-\u2010-\u2015|\u00a6\u00b7\u2022/~";
    /**
     * Separators that need no whitespace before them: the colon (ASCII, followed by whitespace) and the fullwidth
     * forms of East Asian titles (fullwidth bar and colon, katakana middle dot, and the Hangul letter I, U+3163, used
     * as a bar in Korean titles; a character-class body).
     */
    static final String TIGHT_SEPARATORS = "\uff5c\uff1a\u30fb\u3163";
    /** The end of the part before a credit: some text, then a separator with its whitespace. */
    private static final Pattern BEFORE_CREDIT = Pattern.compile("(?<=\\S)(?:\\s+[" + SPACED_SEPARATORS + "]\\s+"
            + "|\\s*:\\s+|\\s*[" + TIGHT_SEPARATORS + "]\\s*)$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private TitleForms() {
    }

    /**
     * A title as a reader sees it, for {@code *.title.normalized}: format characters (Unicode category Cf: zero-width
     * space, word joiner, soft hyphen, byte-order mark, bidirectional marks...) removed, except those that change the
     * rendering ({@link #keepsFormat}); typographic single quotes and primes ({@link #SINGLE_QUOTES}) read as
     * {@code '} and double ones ({@link #DOUBLE_QUOTES}) as {@code "}; then NFKC (composed accents; fullwidth letters,
     * digits and punctuation to their plain forms; NBSP and ideographic space to a space; and, as NFKC does, the
     * ellipsis to three dots, ligatures to their letters and superscript digits to digits); then runs of whitespace
     * and space separators (category Z) collapsed to one space and the ends stripped. Guillemets ({@code « » ‹ ›})
     * are left alone: they are a different quotation style, not a different glyph for the same mark. Case, dashes and
     * all other characters are kept. {@code null} stays {@code null}.
     */
    static String readerForm(String title) {
        if (title == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(title.length());
        title.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.FORMAT && !keepsFormat(c)) {
                return;
            }
            sb.appendCodePoint(SINGLE_QUOTES.indexOf(c) >= 0 ? '\'' : DOUBLE_QUOTES.indexOf(c) >= 0 ? '"' : c);
        });
        // quotes are mapped before NFKC, which would turn a double prime into two primes
        String nfkc = Normalizer.normalize(sb, Normalizer.Form.NFKC);
        return SPACES.matcher(nfkc).replaceAll(" ").strip();
    }

    /**
     * Format characters a reader does see: the zero-width joiner and non-joiner (they change how Arabic, Persian and
     * Indic letters join and how emoji combine), the prepended concatenation marks (U+0600 to U+0605, U+06DD, U+070F,
     * U+0890, U+0891, U+08E2, U+110BD, U+110CD: visible signs) and the tag characters (U+E0000 to U+E007F: they
     * select flag emoji).
     */
    static boolean keepsFormat(int c) {
        return c == 0x200C || c == 0x200D || c >= 0x0600 && c <= 0x0605 || c == 0x06DD || c == 0x070F
                || c == 0x0890 || c == 0x0891 || c == 0x08E2 || c == 0x110BD || c == 0x110CD
                || c >= 0xE0000 && c <= 0xE007F;
    }

    /**
     * A gold title without a trailing credit, for {@code readability_news.title.spec}: when the title ends with one
     * of {@code credits} (the same gold record's {@code siteName} and {@code byline}; compared after whitespace
     * collapsing, ignoring case) and the part before it ends with a separator after some text (one of
     * {@link #SPACED_SEPARATORS} with whitespace both sides, a colon and whitespace, or one of
     * {@link #TIGHT_SEPARATORS}), that separator and credit are removed; otherwise the title is
     * returned as it is. One credit is removed at most, and never the whole title. Null or blank credits are ignored.
     */
    static String withoutCredit(String title, String... credits) {
        if (title == null) {
            return null;
        }
        String t = Evaluation.normalise(title);
        for (String credit : credits) {
            String c = credit == null ? "" : Evaluation.normalise(credit);
            int start = t.length() - c.length();
            if (c.isEmpty() || start <= 0 || !t.regionMatches(true, start, c, 0, c.length())) {
                continue;
            }
            String head = t.substring(0, start);
            var m = BEFORE_CREDIT.matcher(head);
            if (m.find()) {
                return head.substring(0, m.start());
            }
        }
        return title;
    }
}
