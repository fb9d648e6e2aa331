package org.verbatim.extract.common;


/**
 * Whitespace chores done without a regex: {@code String.replaceAll("\\s+", " ")} and {@code split("\\s+")} compile a
 * pattern on every call, and metadata code calls them several times per page. "Whitespace" here is what {@code \s}
 * means in a Java pattern: space, tab, line feed, vertical tab, form feed, carriage return.
 */
public final class Spaces {
    private Spaces() {
    }

    /** Every run of whitespace in {@code s} replaced by one space, exactly as {@code s.replaceAll("\\s+", " ")}. */
    public static String collapse(String s) {
        int i = firstToChange(s);
        if (i < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length()).append(s, 0, i);
        boolean inRun = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (!inRun) {
                    sb.append(' ');
                    inRun = true;
                }
            } else {
                sb.append(c);
                inRun = false;
            }
        }
        return sb.toString();
    }

    /** Where {@link #collapse} first changes {@code s}, or -1 when it leaves it as it is. */
    private static int firstToChange(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c) && (c != ' ' || i + 1 < s.length() && isSpace(s.charAt(i + 1)))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The number of words of {@code s}, exactly as {@code s.isBlank() ? 0 : s.strip().split("\\s+").length}: the
     * runs of non-whitespace after stripping (which also strips Unicode spaces at both ends).
     */
    public static int words(String s) {
        if (s.isBlank()) {
            return 0;
        }
        String t = s.strip();
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            boolean space = isSpace(t.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }

    /** Whether {@code c} is whitespace as {@code \s} matches it. */
    public static boolean isSpace(char c) {
        return c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r');
    }
}
