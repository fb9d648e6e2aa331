package org.verbatim.extract.html.dom;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.verbatim.extract.common.Chars;

/**
 * The visible text of an element, iteratively: {@code <br>} and nested blocks become line breaks, other whitespace
 * runs collapse to one space, lines are trimmed and empty lines dropped.
 */
public final class TextCollector implements NodeVisitor {
    /** Text nodes are normalised as they come: no raw copy of the subtree's text is built first. */
    private final Lines lines = new Lines(256);

    private TextCollector() {
    }

    /** Normalised text of {@code e}, lines separated by {@code '\n'}; empty when it has none. */
    public static String text(Element e) {
        TextCollector c = new TextCollector();
        NodeTraversor.traverse(c, e);
        return c.lines.toString();
    }

    /** The text of a {@code <pre>}: whitespace kept as is, trailing blank lines trimmed. */
    static String preformatted(Element e) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                sb.append(t.getWholeText());
            } else if (node instanceof Element el && el.normalName().equals("br")) {
                sb.append('\n');
            }
        }, e);
        return sb.toString().strip();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            lines.append(t.getWholeText());
        } else if (node instanceof Element el) {
            String tag = el.normalName();
            if (tag.equals("br") || (depth > 0 && DomAnalyzer.isBlock(tag))) {
                lines.lineBreak();
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (depth > 0 && node instanceof Element el && DomAnalyzer.isBlock(el.normalName())) {
            lines.lineBreak();
        }
    }

    /** Collapses whitespace within lines, trims lines, drops empty ones. */
    public static String normalize(CharSequence raw) {
        Lines lines = new Lines(raw.length());
        lines.append(raw);
        return lines.toString();
    }

    /**
     * The normaliser as a stream: characters go in (possibly in many pieces), normalised text comes out, exactly as
     * {@link #normalize} of the concatenated pieces.
     */
    static final class Lines {
        private final StringBuilder out;
        private boolean pendingSpace;
        private boolean pendingBreak;

        Lines(int capacity) {
            out = new StringBuilder(capacity);
        }

        void lineBreak() {
            pendingBreak = true;
            pendingSpace = false;
        }

        /** Appends {@code raw}'s runs of visible characters whole, with the pending space or break before each. */
        void append(CharSequence raw) {
            int n = raw.length();
            int i = 0;
            while (i < n) {
                char c = raw.charAt(i);
                if (c == '\n') {
                    lineBreak();
                    i++;
                } else if (isSpace(c)) {
                    pendingSpace = c != '\u200b' && c != '\u00ad' || pendingSpace;
                    i++;
                } else {
                    int end = i + 1;
                    while (end < n && !isSpace(raw.charAt(end))) {
                        end++;
                    }
                    if (out.length() > 0) {
                        if (pendingBreak) {
                            out.append('\n');
                        } else if (pendingSpace) {
                            out.append(' ');
                        }
                    }
                    pendingBreak = false;
                    pendingSpace = false;
                    out.append(raw, i, end);
                    i = end;
                }
            }
        }

        /** A character that is no text of its own: white space (line breaks too), a no-break, zero-width or soft space. */
        private static boolean isSpace(char c) {
            return Chars.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\u00ad';
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
