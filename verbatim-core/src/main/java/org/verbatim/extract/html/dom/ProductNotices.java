package org.verbatim.extract.html.dom;

import java.util.List;
import org.verbatim.extract.common.Phrases;

/**
 * A product page's interface notices ({@code product-notices.txt}): error and retry messages, cookie consent, sign-in
 * and notification prompts, a seller card's "other items" link; and bare web addresses (a template's image or
 * download links written out as text). Shops print these inside the product's own column, where class names and
 * section headings say nothing of them. Immutable.
 */
public final class ProductNotices {
    /** The most words of a segment that is dropped for holding a notice's phrase: longer ones are the page's text. */
    static final int MAX_WORDS = 60;
    /** The phrases, each a lower-case word sequence padded with one space on both sides, searched at once. */
    private static final Phrases PHRASES = new Phrases(HintSet.readLines("product-notices.txt").stream()
            .map(l -> " " + ProductSections.words(l) + " ").toList());

    private ProductNotices() {
    }

    /** Which segments are notices ({@link #notice}). */
    public static boolean[] inside(List<Segment> segments) {
        boolean[] in = new boolean[segments.size()];
        for (int i = 0; i < in.length; i++) {
            in[i] = notice(segments.get(i).text());
        }
        return in;
    }

    /**
     * Whether a segment's text is a notice: a bare web address ({@code http://} or {@code https://} and no space), or
     * at most {@link #MAX_WORDS} words that contain a listed phrase word for word.
     */
    static boolean notice(String text) {
        String t = text.strip();
        if ((t.startsWith("http://") || t.startsWith("https://")) && t.chars().noneMatch(Character::isWhitespace)) {
            return true;
        }
        String words = ProductSections.words(t);
        return !words.isEmpty() && words.chars().filter(c -> c == ' ').count() < MAX_WORDS
                && PHRASES.in(" " + words + " ");
    }
}
