package org.verbatim.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.verbatim.model.Span;

/**
 * A segmented text: paragraphs (lines), sentences and tokens, with document-wide token indices so that stages can
 * scan left and right cheaply. Immutable after construction; built by {@link Segmenter}.
 */
final class Doc {
    final String text;
    final String language;
    /** Token offsets, document-wide. */
    final int[] start;
    final int[] end;
    /** Lower-cased token text. */
    final String[] lower;
    /** Sentence index of each token. */
    final int[] sentenceOf;
    /** Sentences: first token (inclusive) and last token (exclusive), paragraph index, character span. */
    final int[] sentFirst;
    final int[] sentLast;
    final int[] sentParagraph;
    final List<Span> paragraphs;
    /** Whether each token lies inside a top-level quotation (marks included). */
    final boolean[] quoted;
    final List<Span> quoteRegions;
    /** Lower-case forms of the words written in lower case somewhere in the text (German: not nouns). */
    final java.util.Set<String> lowerSeen;
    /**
     * Tokens written with a capital only because their line is set in title case ({@link HeadlineCase}): they read as
     * lower case ({@link #isCapitalised} is false for them). All false unless {@link #withHeadlineCase} set them.
     */
    private final boolean[] headlineCase;

    Doc(String text, String language, List<Span> paragraphs, List<List<Span>> sentenceTokens,
        List<Integer> sentenceParagraphs, List<Span> quoteRegions) {
        this.text = text;
        this.language = language;
        this.paragraphs = List.copyOf(paragraphs);
        this.quoteRegions = List.copyOf(quoteRegions);
        int n = sentenceTokens.stream().mapToInt(List::size).sum();
        start = new int[n];
        end = new int[n];
        lower = new String[n];
        sentenceOf = new int[n];
        quoted = new boolean[n];
        int s = sentenceTokens.size();
        sentFirst = new int[s];
        sentLast = new int[s];
        sentParagraph = new int[s];
        int k = 0;
        int region = 0;
        for (int i = 0; i < s; i++) {
            sentFirst[i] = k;
            sentParagraph[i] = sentenceParagraphs.get(i);
            for (Span t : sentenceTokens.get(i)) {
                start[k] = t.start();
                end[k] = t.end();
                lower[k] = text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
                sentenceOf[k] = i;
                while (region < quoteRegions.size() && quoteRegions.get(region).end() <= t.start()) {
                    region++;
                }
                quoted[k] = region < quoteRegions.size() && quoteRegions.get(region).start() <= t.start();
                k++;
            }
            sentLast[i] = k;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int t = 0; t < n; t++) {
            if (Character.isLowerCase(text.charAt(start[t]))) {
                seen.add(lower[t]);
            }
        }
        this.lowerSeen = seen;
        this.headlineCase = new boolean[n];
    }

    /** A copy of {@code d} (sharing its arrays) whose tokens {@code headlineCase} read as lower case. */
    private Doc(Doc d, boolean[] headlineCase) {
        this.text = d.text;
        this.language = d.language;
        this.start = d.start;
        this.end = d.end;
        this.lower = d.lower;
        this.sentenceOf = d.sentenceOf;
        this.sentFirst = d.sentFirst;
        this.sentLast = d.sentLast;
        this.sentParagraph = d.sentParagraph;
        this.paragraphs = d.paragraphs;
        this.quoted = d.quoted;
        this.quoteRegions = d.quoteRegions;
        this.lowerSeen = d.lowerSeen;
        this.headlineCase = headlineCase;
    }

    /**
     * This text with the tokens flagged in {@code flags} (one per token) read as lower case: words capitalised only by
     * a title-case headline ("Chris Christie Calls Hillary Clinton ..."). This Doc itself is unchanged.
     */
    Doc withHeadlineCase(boolean[] flags) {
        if (flags.length != tokens()) {
            throw new IllegalArgumentException("one flag per token: " + flags.length + " for " + tokens());
        }
        return new Doc(this, flags.clone());
    }

    int tokens() {
        return start.length;
    }

    int sentences() {
        return sentFirst.length;
    }

    String token(int i) {
        return text.substring(start[i], end[i]);
    }

    Span sentenceSpan(int s) {
        return new Span(start[sentFirst[s]], end[sentLast[s] - 1]);
    }

    /** Whether token {@code i} reads as capitalised: written so, and not only because its headline is title case. */
    boolean isCapitalised(int i) {
        return Character.isUpperCase(text.charAt(start[i])) && !headlineCase[i];
    }

    /** Whether token {@code i} reads as lower case: written so, or capitalised only by its title-case headline. */
    boolean readsLowerCase(int i) {
        return Character.isLowerCase(text.charAt(start[i])) || headlineCase[i];
    }

    /** Whether token {@code i} is written with a capital, whatever its line's case (title-case detection). */
    boolean writtenCapitalised(int i) {
        return Character.isUpperCase(text.charAt(start[i]));
    }

    boolean isWord(int i) {
        return Character.isLetterOrDigit(text.charAt(start[i]));
    }

    /** True for a one-character token equal to {@code c}. */
    boolean is(int i, char c) {
        return end[i] - start[i] == 1 && text.charAt(start[i]) == c;
    }

    boolean isQuoteMark(int i) {
        if (end[i] - start[i] != 1) {
            return false;
        }
        char c = text.charAt(start[i]);
        return Quotes.isMark(c) || c == '\'' && (start[i] > 0 && text.charAt(start[i] - 1) == '\''
                || start[i] + 1 < text.length() && text.charAt(start[i] + 1) == '\'');
    }

    /** Sentences of one paragraph, as a list of sentence indices. */
    List<Integer> sentencesOf(int paragraph) {
        List<Integer> out = new ArrayList<>();
        for (int s = 0; s < sentences(); s++) {
            if (sentParagraph[s] == paragraph) {
                out.add(s);
            }
        }
        return out;
    }
}
