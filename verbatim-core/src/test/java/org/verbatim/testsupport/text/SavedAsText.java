package org.verbatim.testsupport.text;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Turns HTML into the text a browser's "save as text" gives: every block element's text on its own line. */
public final class SavedAsText {
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "head",
            "iframe", "select", "button");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "section", "article", "header", "footer", "nav", "aside", "main", "figure", "figcaption", "blockquote",
            "table", "tr", "td", "th", "br", "dd", "dt", "dl", "form", "address", "time", "pre", "hr", "summary",
            "details");

    private SavedAsText() {
    }

    /** Every block's text on its own line, like a browser's "save as text". */
    public static String of(String html) {
        Element body = Jsoup.parse(html).body();
        StringBuilder sb = new StringBuilder();
        walk(body, sb);
        return sb.toString();
    }

    private static void walk(Node node, StringBuilder sb) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                String s = t.text();
                if (!s.isBlank()) {
                    sb.append(s);
                }
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (SKIPPED.contains(tag)) {
                    continue;
                }
                boolean block = BLOCKS.contains(tag);
                if (block) {
                    sb.append('\n');
                }
                walk(e, sb);
                if (block) {
                    sb.append('\n');
                }
            }
        }
    }

}
