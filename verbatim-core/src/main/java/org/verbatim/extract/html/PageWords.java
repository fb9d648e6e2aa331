package org.verbatim.extract.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The words the page-type classifier's word model reads: what a page is about as a reader would name it ("add to
 * cart", "reply", "chapter", "our services"). The features are the URL path's tokens ({@code u:}), the title's words
 * ({@code t:}) and the distinct words of the page's text segments ({@code x:}), all lower-cased runs of letters (URL
 * tokens: letters and digits, not digits alone), of the text's first {@link #MAX_WORDS} words. Training and
 * extraction both take them from here, so they cannot drift apart.
 */
final class PageWords {
    /** Words of text read at most: the page type shows long before, and huge pages cost no more. */
    static final int MAX_WORDS = 5000;

    private PageWords() {
    }

    /** The distinct features of a page, in the order first met. */
    static List<String> of(String url, String title, List<Segment> segments) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        urlTokens(url, seen, out);
        Words title1 = new Words("t:", seen, out, Integer.MAX_VALUE);
        title1.feed(title == null ? "" : title);
        title1.flush();
        Words text = new Words("x:", seen, out, MAX_WORDS);
        for (Segment s : segments) {
            for (Node n : s.nodes) {
                if (n instanceof TextNode t) {
                    text.feed(t.getWholeText());
                } else {
                    text.flush();
                }
                if (text.full()) {
                    return out;
                }
            }
            text.flush();
        }
        return out;
    }

    private static void urlTokens(String url, Set<String> seen, List<String> out) {
        if (url == null) {
            return;
        }
        int start = url.indexOf("://");
        start = start < 0 ? 0 : url.indexOf('/', start + 3);
        if (start < 0) {
            return;
        }
        StringBuilder token = new StringBuilder();
        boolean letter = false;
        for (int i = start; i <= url.length(); i++) {
            char c = i < url.length() ? Character.toLowerCase(url.charAt(i)) : '/';
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                token.append(c);
                letter |= c >= 'a';
            } else {
                if (letter) {
                    String f = "u:" + token;
                    if (seen.add(f)) {
                        out.add(f);
                    }
                }
                token.setLength(0);
                letter = false;
            }
        }
    }

    /** Lower-cased letter runs of text given in pieces, each new one added once with its prefix. */
    private static final class Words {
        private final StringBuilder word;
        private final int prefix;
        private final Set<String> seen;
        private final List<String> out;
        private final int max;
        private int count;

        Words(String prefix, Set<String> seen, List<String> out, int max) {
            this.word = new StringBuilder(prefix);
            this.prefix = prefix.length();
            this.seen = seen;
            this.out = out;
            this.max = max;
        }

        void feed(String s) {
            for (int i = 0; i < s.length() && count < max; i++) {
                char c = s.charAt(i);
                if (Character.isLetter(c)) {
                    word.append(Character.toLowerCase(c));
                } else {
                    flush();
                }
            }
        }

        void flush() {
            if (word.length() > prefix) {
                count++;
                String f = word.toString();
                if (seen.add(f)) {
                    out.add(f);
                }
                word.setLength(prefix);
            }
        }

        boolean full() {
            return count >= max;
        }
    }
}
