package org.verbatim.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.verbatim.model.Span;

/**
 * A language-neutral tokenizer: words are runs of letters and digits that may contain inner apostrophes, hyphens,
 * periods and commas between digits; a trailing period stays on known abbreviations and single letters ("Mr.",
 * "U.S."); every other non-space character is a token of its own. Stateless and thread-safe.
 */
public final class RuleTokenizer implements Tokenizer {
    private static final String ABBREVIATIONS = "abbreviations.txt";
    private final Set<String> abbreviations;

    public RuleTokenizer() {
        this.abbreviations = Lexicon.lowerSet(ABBREVIATIONS);
    }

    @Override
    public List<Span> tokenize(String text, Span range) {
        List<Span> out = new ArrayList<>();
        int i = range.start();
        int end = range.end();
        while (i < end) {
            char c = text.charAt(i);
            if (Quotes.isSpace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int j = wordEnd(text, i, end);
                out.add(new Span(i, j));
                i = j;
            } else {
                out.add(new Span(i, i + 1));
                i++;
            }
        }
        return out;
    }

    private int wordEnd(String text, int start, int end) {
        int j = start + 1;
        while (j < end) {
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(c)) {
                j++;
            } else if (isInner(c) && j + 1 < end && Character.isLetterOrDigit(text.charAt(j + 1))
                    && (c != ',' || Character.isDigit(text.charAt(j - 1)) && Character.isDigit(text.charAt(j + 1)))) {
                j += 2;
            } else {
                break;
            }
        }
        if (j < end && text.charAt(j) == '.' && keepsPeriod(text, start, j)) {
            j++;
        }
        return j;
    }

    private static boolean isInner(char c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '.' || c == ',' || c == '&';
    }

    /** "Mr." and "U.S." keep their period: a sentence splitter must not break after them. */
    private boolean keepsPeriod(String text, int start, int periodAt) {
        int len = periodAt - start;
        if (len == 1 && Character.isLetter(text.charAt(start))) {
            return true;
        }
        if (text.indexOf('.', start) < periodAt) {
            return true;
        }
        String w = text.substring(start, periodAt).toLowerCase(Locale.ROOT);
        return abbreviations.contains(w) || BEFORE_NUMBERS.contains(w) && digitFollows(text, periodAt + 1);
    }

    /** "No. 2", "Nr. 5", "Art. 3": abbreviations only when a number follows. */
    private static final Set<String> BEFORE_NUMBERS = Set.of("no", "nos", "nr", "art", "vol",
            "pp", "fig");

    private static boolean digitFollows(String text, int i) {
        while (i < text.length() && Quotes.isSpace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && Character.isDigit(text.charAt(i));
    }
}
