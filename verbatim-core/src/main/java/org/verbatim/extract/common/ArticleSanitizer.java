package org.verbatim.extract.common;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.model.Article;
import org.verbatim.model.Block;

/**
 * The last step of every extraction: makes each string of an article safe to store, print and serialise, whatever
 * the page held. Removes NUL and other control characters (keeping line breaks and tabs), unpaired surrogates (jsoup
 * decodes {@code &#xD800;} to one), non-characters such as U+FFFE, and byte-order marks; drops blocks, authors and
 * fields that have no visible character left (only spaces, zero-width characters or controls).
 *
 * <p>Stateless; returns the same instance when nothing needed cleaning, which is the common case.
 */
public final class ArticleSanitizer {
    private ArticleSanitizer() {
    }

    public static Article sanitize(Article a) {
        if (isClean(a)) {
            return a;
        }
        List<Block> blocks = new ArrayList<>();
        for (Block b : a.blocks()) {
            String t = visibleOrNull(b.text());
            if (t != null) {
                blocks.add(new Block(b.type(), t, b.level()));
            }
        }
        List<String> authors = new ArrayList<>();
        for (String s : a.authors()) {
            String t = visibleOrNull(s);
            if (t != null) {
                authors.add(t);
            }
        }
        return a.toBuilder().title(visibleOrNull(a.title())).standfirst(visibleOrNull(a.standfirst()))
                .siteName(visibleOrNull(a.siteName())).language(visibleOrNull(a.language()))
                .url(visibleOrNull(a.url())).canonicalUrl(visibleOrNull(a.canonicalUrl()))
                .authors(authors).blocks(blocks).build();
    }

    /** The cleaned string, or {@code null} when nothing visible is left. */
    public static String visibleOrNull(String s) {
        if (s == null) {
            return null;
        }
        String c = clean(s);
        return hasVisible(c) ? c.strip() : null;
    }

    /** {@code s} without controls (but \n and \t), unpaired surrogates, non-characters and BOMs. */
    public static String clean(String s) {
        int bad = firstBad(s);
        if (bad < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        sb.append(s, 0, bad);
        for (int i = bad; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (!isBadChar(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isClean(Article a) {
        for (Block b : a.blocks()) {
            if (firstBad(b.text()) >= 0 || !hasVisible(b.text())) {
                return false;
            }
        }
        for (String s : a.authors()) {
            if (firstBad(s) >= 0 || !hasVisible(s)) {
                return false;
            }
        }
        for (String s : new String[] {a.title(), a.standfirst(), a.siteName(), a.language(), a.url(), a.canonicalUrl()}) {
            if (s != null && (firstBad(s) >= 0 || !hasVisible(s))) {
                return false;
            }
        }
        return true;
    }

    /** Index of the first character {@link #clean} would remove, or -1. */
    private static int firstBad(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (isBadChar(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Controls other than line breaks and tabs, lone surrogates, BOM and the non-characters U+FFFE and U+FFFF. */
    private static boolean isBadChar(char c) {
        if (c < 0x20) {
            return c != '\n' && c != '\t' && c != '\r';
        }
        return (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c) || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF';
    }

    /** True when some character is neither white space, a format character (zero-width, bidi) nor a control. */
    static boolean hasVisible(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                int type = Character.getType(c);
                if (type != Character.FORMAT && type != Character.CONTROL) {
                    return true;
                }
            }
        }
        return false;
    }
}
