package org.verbatim.extract.text;

import java.util.Locale;
import org.verbatim.extract.common.TextKey;

/** Small text measures shared by the classifier and the layout. */
final class Texts {
    /** Characters that end a sentence, possibly followed by closing quotes or brackets. */
    private static final String SENTENCE_END = ".!?…。！？";
    private static final String CLOSERS = "\"'”’»)]」』›";
    private static final String EDGE_PUNCTUATION = " \t-–—:;,.!?…|•·*▪►>»«\"'“”‘’()[]";

    private Texts() {
    }

    /** True when {@code s} ends with sentence punctuation, possibly inside closing quotes or brackets. */
    static boolean endsSentence(String s) {
        int i = s.length() - 1;
        while (i >= 0 && CLOSERS.indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && SENTENCE_END.indexOf(s.charAt(i)) >= 0;
    }

    /** Word count; characters of scripts written without spaces (CJK, kana, Thai) count half a word each. */
    static int words(String s) {
        long c = counts(s);
        return (int) (c >>> 32) + (int) c / 2;
    }

    /**
     * In one pass: the words of {@code s} written apart (letter or digit runs, ended by whitespace or a dense
     * character), in the high half, and the characters of dense scripts, in the low half.
     */
    static long counts(String s) {
        int words = 0;
        int dense = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isDense(c)) {
                dense++;
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                inWord = false;
            }
        }
        return (long) words << 32 | dense;
    }

    static boolean isDense(char c) {
        return (c >= '\u3040' && c <= '\u30FF') || (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\uAC00' && c <= '\uD7A3')
                || (c >= '\u0E00' && c <= '\u0E7F');
    }

    /** Lower case without surrounding punctuation and bullets: the form the phrase lists are matched against. */
    static String key(String s) {
        return key(0, s.length(), s);
    }

    /**
     * A lower bound of {@code key(s).length()}: the length without the edge punctuation (lower case never shortens a
     * string), found without copying.
     */
    static int keyLength(String s) {
        int from = keyFrom(s, 0, s.length());
        return keyTo(s, from, s.length()) - from;
    }

    /** {@link #key} of {@code s[from, to)}. */
    static String key(int from, int to, String s) {
        int f = keyFrom(s, from, to);
        return s.substring(f, keyTo(s, f, to)).toLowerCase(Locale.ROOT);
    }

    /** Where {@code s[from, to)}'s key starts: after its leading edge punctuation. */
    static int keyFrom(String s, int from, int to) {
        while (from < to && EDGE_PUNCTUATION.indexOf(s.charAt(from)) >= 0) {
            from++;
        }
        return from;
    }

    /** Where {@code s[from, to)}'s key ends: before its trailing edge punctuation. */
    static int keyTo(String s, int from, int to) {
        while (to > from && EDGE_PUNCTUATION.indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        return to;
    }

    /** True when {@code s} starts with {@code prefix} followed by a non-letter (or the end). */
    static boolean startsWithWord(String s, String prefix) {
        if (!s.startsWith(prefix)) {
            return false;
        }
        return s.length() == prefix.length() || !Character.isLetter(s.charAt(prefix.length()))
                || !Character.isLetter(prefix.charAt(prefix.length() - 1));
    }

    /** The same text normalised for comparing lines: lower case, letters and digits only. */
    static String fingerprint(String s) {
        return TextKey.loose(s);
    }
}
