package org.verbatim.extract.common;

/**
 * {@link Character}'s tests with the answer for ASCII computed inline: the text loops of the DOM pass ask them of
 * every character of the page, nearly all ASCII, where {@link Character}'s table lookups cost more than the loops'
 * own work. Every method answers exactly as the {@link Character} method it names, for every {@code char}.
 */
public final class Chars {
    private Chars() {
    }

    /** As {@link Character#isLetterOrDigit(char)}. */
    public static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    /** As {@link Character#isWhitespace(char)}. */
    public static boolean isWhitespace(char c) {
        if (c <= ' ') { // every ASCII white space is: most chars take one comparison
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001c' && c <= '\u001f';
        }
        return c >= 128 && Character.isWhitespace(c);
    }

    /** As {@link Character#isUpperCase(char)}. */
    public static boolean isUpperCase(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    /** As {@link Character#toLowerCase(char)}. */
    public static char toLowerCase(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }
}
