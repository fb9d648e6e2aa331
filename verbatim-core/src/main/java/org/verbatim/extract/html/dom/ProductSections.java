package org.verbatim.extract.html.dom;

import java.util.List;
import java.util.Locale;
import org.verbatim.extract.common.Phrases;

/**
 * The sections of a product page that its headings name as furniture ({@code product-section-headings.txt}): other
 * products ("Similar items", "Customers also bought"), customers' feedback and testimonials, frequently asked
 * questions. Where {@link ProductFurniture} reads class and id names, this reads what the reader sees, so it holds on
 * pages whose markup names nothing. Immutable.
 */
public final class ProductSections {
    /** The phrases, each a lower-case word sequence padded with one space on both sides, searched at once. */
    private static final Phrases PHRASES = new Phrases(HintSet.readLines("product-section-headings.txt").stream()
            .map(l -> " " + words(l) + " ").toList());

    private ProductSections() {
    }

    /**
     * Which segments lie in a section that a heading names as furniture: the heading segment ({@code h2} to
     * {@code h6}) whose words contain a listed phrase, and every segment after it up to (not including) the next
     * heading of its level or higher ({@code h1} included).
     */
    public static boolean[] inside(List<Segment> segments) {
        boolean[] in = new boolean[segments.size()];
        int open = 0; // the level of the furniture section we are in, 0 outside one
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            int level = level(s);
            if (level > 0 && open > 0 && level <= open) {
                open = 0;
            }
            if (open == 0 && level >= 2 && names(s.text())) {
                open = level;
            }
            in[i] = open > 0;
        }
        return in;
    }

    /** Whether a heading's text contains a listed phrase, word for word. */
    static boolean names(String heading) {
        return PHRASES.in(" " + words(heading) + " ");
    }

    /** A segment's heading level (1 to 6) when its own block is a heading, else 0. */
    private static int level(Segment s) {
        String tag = s.owner.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6'
                ? tag.charAt(1) - '0' : 0;
    }

    /** The text's words (letters and digits), lower-cased, separated by single spaces. */
    static String words(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.appendCodePoint(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
