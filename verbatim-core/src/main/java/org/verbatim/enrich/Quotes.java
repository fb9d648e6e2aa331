package org.verbatim.enrich;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.verbatim.model.Span;

/**
 * Finds the top-level quoted regions of a text, for every quotation-mark style: {@code " "}, {@code “ ”},
 * {@code « »}, {@code » «}, {@code „ “}, {@code ‚ ‘}, {@code ‘ ’}, {@code 「 」}, {@code 『 』}, {@code ‹ ›}. Nested quotes
 * stay inside their outer region. A quote left open at the end of a paragraph continues when the next paragraph
 * opens with a quotation mark again (the convention for multi-paragraph quotes); otherwise it ends with its
 * paragraph. Stateless and thread-safe.
 */
public final class Quotes {

    private Quotes() {
    }

    /** White space including no-break and other Unicode spaces (which {@code Character.isWhitespace} misses). */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** True for characters that may open a quotation. */
    public static boolean isOpeningMark(char c) {
        return c == '"' || c == '\u201c' || c == '\u201e' || c == '\u00ab' || c == '\u00bb' || c == '\u2018'
                || c == '\u201a' || c == '\u300c' || c == '\u300e' || c == '\u2039';
    }

    /** True for characters that may close a quotation. */
    public static boolean isClosingMark(char c) {
        return c == '"' || c == '\u201d' || c == '\u201c' || c == '\u00bb' || c == '\u00ab' || c == '\u2019'
                || c == '\u2018' || c == '\u300d' || c == '\u300f' || c == '\u203a';
    }

    /** True for any quotation mark. */
    public static boolean isMark(char c) {
        return isOpeningMark(c) || isClosingMark(c) || c == '\u201f';
    }

    /** The top-level quoted regions of {@code text} (marks included), in order. */
    public static List<Span> regions(String text) {
        List<Span> out = new ArrayList<>();
        Deque<Character> stack = new ArrayDeque<>();
        int openedAt = -1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (!stack.isEmpty() && !continuesQuote(text, i)) {
                    out.add(new Span(openedAt, trimEnd(text, openedAt, i)));
                    stack.clear();
                }
                continue;
            }
            if (c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'') {
                // newspaper style ''...'': two apostrophes make one double quotation mark
                char top2 = stack.isEmpty() ? 0 : stack.peek();
                if (top2 == '\'') {
                    stack.pop();
                    if (stack.isEmpty()) {
                        out.add(new Span(openedAt, i + 2));
                    }
                } else if (i + 2 < n && !Quotes.isSpace(text.charAt(i + 2))) {
                    if (stack.isEmpty()) {
                        openedAt = i;
                    }
                    stack.push('\'');
                }
                i++;
                continue;
            }
            if (!isMark(c)) {
                continue;
            }
            char top = stack.isEmpty() ? 0 : stack.peek();
            if (top != 0 && closes(top, c, text, i)) {
                stack.pop();
                if (stack.isEmpty()) {
                    out.add(new Span(openedAt, i + 1));
                }
            } else if (opens(c, text, i, top)) {
                if (stack.isEmpty()) {
                    openedAt = i;
                }
                if (stack.isEmpty() || !repeatsOpening(text, i, stack.peek())) {
                    stack.push(c);
                }
            }
        }
        if (!stack.isEmpty()) {
            out.add(new Span(openedAt, trimEnd(text, openedAt, n)));
        }
        return out;
    }

    /** A paragraph that opens with a quotation mark while a quote is open continues that quote. */
    private static boolean continuesQuote(String text, int newlineAt) {
        int j = newlineAt;
        while (j < text.length() && Quotes.isSpace(text.charAt(j))) {
            j++;
        }
        return j < text.length() && isOpeningMark(text.charAt(j)) && j > newlineAt;
    }

    /** The repeated opening mark at the start of a continued paragraph is not a nested quote. */
    private static boolean repeatsOpening(String text, int i, char open) {
        int j = i - 1;
        while (j >= 0 && text.charAt(j) != '\n' && Quotes.isSpace(text.charAt(j))) {
            j--;
        }
        return (j < 0 || text.charAt(j) == '\n') && text.charAt(i) == open;
    }

    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start + 1 && Quotes.isSpace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static boolean closes(char open, char c, String text, int i) {
        switch (open) {
            case '"':
                return c == '"' && !startsWord(text, i);
            case '\u201c':
                // “...,“ said X: an opening mark typed where the closing one belongs, after a word and before a
                // space or punctuation, where no quotation can open
                return c == '\u201d' || c == '"' || c == '\u201c' && closesLikeEnd(text, i);
            case '\u201e':
                return c == '\u201c' || c == '\u201d' || c == '"';
            case '\u00ab':
                return c == '\u00bb';
            case '\u00bb':
                return c == '\u00ab';
            case '\u2018':
                return c == '\u2019' && !letterAfter(text, i);
            case '\u201a':
                return c == '\u2018' || c == '\u2019' && !letterAfter(text, i);
            case '\u300c':
                return c == '\u300d';
            case '\u300e':
                return c == '\u300f';
            case '\u2039':
                return c == '\u203a';
            default:
                return false;
        }
    }

    private static boolean opens(char c, String text, int i, char top) {
        switch (c) {
            case '"':
                return startsWord(text, i);
            case '\u2018':
                // an opening single quote follows a space or an opening mark; elsewhere it is an apostrophe
                return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            case '\u201a':
                return i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
            case '\u00bb':
                // German »...«: opens only where it cannot close a «...»
                return top != '\u00ab' && i + 1 < text.length() && !Quotes.isSpace(text.charAt(i + 1));
            case '\u201c':
            case '\u201e':
            case '\u00ab':
            case '\u300c':
            case '\u300e':
            case '\u2039':
                return true;
            default:
                return false;
        }
    }

    /** A straight double quote opens when it follows a space, start or bracket and precedes a non-space. */
    private static boolean startsWord(String text, int i) {
        boolean before = i == 0 || Quotes.isSpace(text.charAt(i - 1)) || "([{\u2014\u2013-:".indexOf(
                text.charAt(i - 1)) >= 0 || isOpeningMark(text.charAt(i - 1)) && text.charAt(i - 1) != '"';
        boolean after = i + 1 < text.length() && !Quotes.isSpace(text.charAt(i + 1));
        return before && after;
    }

    /** A mark right after a non-space and before a space, punctuation or the end: where a quotation ends. */
    private static boolean closesLikeEnd(String text, int i) {
        return i > 0 && !isSpace(text.charAt(i - 1)) && !isOpeningMark(text.charAt(i - 1))
                && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)));
    }

    private static boolean letterAfter(String text, int i) {
        return i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    }
}
