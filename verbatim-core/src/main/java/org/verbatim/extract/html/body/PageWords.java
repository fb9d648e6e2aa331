package org.verbatim.extract.html.body;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.verbatim.extract.html.dom.Segment;
import org.verbatim.learn.WordClasses;

/**
 * The words the page-type classifier's word model reads: what a page is about as a reader would name it ("add to
 * cart", "reply", "chapter", "our services"). The features are the URL path's tokens ({@code u:}), the title's words
 * ({@code t:}) and the distinct words of the page's text segments ({@code x:}), all lower-cased runs of letters (URL
 * tokens: letters and digits, not digits alone), of the text's first {@link #MAX_WORDS} words, and the parts of the
 * markup's class attributes and ids ({@code c:}, "product-grid__item" and "postReply" read as product, grid, item,
 * post, reply; the class names and ids the DOM pass kept, which give the words of its distinct attributes).
 * Training ({@link #of}) and extraction ({@link #probabilities}) both read them with the one scan here, so they
 * cannot drift apart.
 */
final class PageWords {
    /**
     * Words of text read at most: the page type shows in the first words, and huge pages cost no more. Chosen by
     * cross-validation over the wcxb folds (page-type accuracy: 400 words 0.862, 800 0.865, 1,500 0.862, 5,000 0.854).
     */
    static final int MAX_WORDS = 800;

    private PageWords() {
    }

    /**
     * Receives each feature as it is read, repeats included: its first {@code length} chars of {@code chars} (valid
     * for the call only) and their {@link String#hashCode}.
     */
    private interface Sink {
        void accept(char[] chars, int length, int hash);
    }

    /** The distinct features of a page, in the order first met. */
    static List<String> of(String url, String title, List<Segment> segments, List<String> classNames) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        scan(url, title, segments, classNames, (chars, length, hash) -> {
            String s = new String(chars, 0, length);
            if (seen.add(s)) {
                out.add(s);
            }
        });
        return out;
    }

    /**
     * The word model's probabilities for a page: the same features as {@link #of}, looked up as they are read, so
     * that words the model does not know cost no string.
     */
    static float[] probabilities(WordClasses model, String url, String title, List<Segment> segments,
                                 List<String> classNames) {
        WordClasses.Tally tally = model.tally();
        scan(url, title, segments, classNames, tally::add);
        return tally.probabilities();
    }

    private static void scan(String url, String title, List<Segment> segments, List<String> classNames, Sink sink) {
        urlTokens(url, sink);
        classTokens(classNames, sink);
        Words title1 = new Words("t:", sink, Integer.MAX_VALUE);
        title1.feed(title == null ? "" : title);
        title1.flush();
        Words text = new Words("x:", sink, MAX_WORDS);
        for (Segment s : segments) {
            for (Node n : s.nodes) {
                if (n instanceof TextNode t) {
                    text.feed(t.getWholeText());
                } else {
                    text.flush();
                }
                if (text.full()) {
                    return;
                }
            }
            text.flush();
        }
    }

    /**
     * The parts of class attributes and ids: runs of letters and digits with a letter, cut before an upper-case letter
     * that follows a lower-case one, lower-cased.
     */
    private static void classTokens(List<String> names, Sink sink) {
        Words token = new Words("c:", sink, Integer.MAX_VALUE);
        for (String name : names) {
            boolean letter = false;
            boolean lower = false;
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                boolean isLetter = c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
                if (isLetter || c >= '0' && c <= '9') {
                    boolean upper = isLetter && Character.isUpperCase(c);
                    if (upper && lower) {
                        token.end(letter);
                        letter = false;
                    }
                    token.append(upper ? Character.toLowerCase(c) : c);
                    letter |= isLetter;
                    lower = isLetter && !upper;
                } else {
                    token.end(letter);
                    letter = false;
                    lower = false;
                }
            }
            token.end(letter);
        }
    }

    private static void urlTokens(String url, Sink sink) {
        if (url == null) {
            return;
        }
        int start = url.indexOf("://");
        start = start < 0 ? 0 : url.indexOf('/', start + 3);
        if (start < 0) {
            return;
        }
        Words token = new Words("u:", sink, Integer.MAX_VALUE);
        boolean letter = false;
        for (int i = start; i < url.length(); i++) {
            char c = Character.toLowerCase(url.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                token.append(c);
                letter |= c >= 'a';
            } else {
                token.end(letter);
                letter = false;
            }
        }
        token.end(letter);
    }

    /** Words given char by char or as lower-cased letter runs of text in pieces, each passed on with its prefix. */
    private static final class Words {
        private char[] word = new char[32];
        private final int prefix;
        private final int prefixHash;
        private final Sink sink;
        private final int max;
        private int length;
        private int hash;
        private int count;

        Words(String prefix, Sink sink, int max) {
            prefix.getChars(0, prefix.length(), word, 0);
            this.prefix = prefix.length();
            this.prefixHash = prefix.hashCode();
            this.length = this.prefix;
            this.hash = prefixHash;
            this.sink = sink;
            this.max = max;
        }

        void feed(String s) {
            for (int i = 0; i < s.length() && count < max; i++) {
                char c = s.charAt(i);
                if (c < 128) {
                    if (c >= 'a' && c <= 'z') {
                        append(c);
                    } else if (c >= 'A' && c <= 'Z') {
                        append((char) (c + ('a' - 'A')));
                    } else {
                        flush();
                    }
                } else if (Character.isLetter(c)) {
                    append(Character.toLowerCase(c));
                } else {
                    flush();
                }
            }
        }

        void append(char c) {
            if (length == word.length) {
                word = java.util.Arrays.copyOf(word, length * 2);
            }
            word[length++] = c;
            hash = 31 * hash + c;
        }

        void flush() {
            end(true);
        }

        /** Ends the current word, passing it on if {@code keep} and it is not empty. */
        void end(boolean keep) {
            if (length > prefix) {
                if (keep) {
                    count++;
                    sink.accept(word, length, hash);
                }
                length = prefix;
                hash = prefixHash;
            }
        }

        boolean full() {
            return count >= max;
        }
    }
}
