package org.verbatim.extract.text;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.verbatim.extract.html.InertContent;
import org.verbatim.extract.decode.CharsetDetector;

/**
 * Renders an HTML page to the plain text a scraper or Common Crawl's WET conversion gives: the page title on the first
 * line, then the visible text of the body with one line per block (paragraph, heading, list item, table row, div...),
 * inline elements run together, white space collapsed except inside {@code pre}. Scripts, styles, templates, drawings,
 * embedded objects, form controls' values and elements marked {@code hidden} (or {@code display:none} inline) are
 * dropped; link texts stay, link targets do not. Image {@code alt} texts are not shown.
 *
 * <p>This turns every HTML corpus with gold bodies into a scraped-text corpus with the same gold, and an HTML crawl
 * into WET-like records. Stateless and thread-safe; never throws for odd markup.
 */
public final class TextRenderer {
    /** Elements whose content no reader sees as text. */
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "svg", "math",
            "iframe", "object", "embed", "canvas", "audio", "video", "head", "input", "textarea", "select", "img",
            "picture", "source", "track", "map", "param", "link", "meta", "base", "dialog");
    /** Elements that start and end a line. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body",
            "caption", "center", "dd", "details", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
            "main", "menu", "nav", "ol", "optgroup", "option", "p", "pre", "section", "summary", "table", "tbody",
            "tfoot", "thead", "tr", "ul", "frameset", "frame", "noframes", "search", "output");
    /** Table cells: separated by a space within their row's line. */
    private static final Set<String> CELLS = Set.of("td", "th");

    private TextRenderer() {
    }

    /**
     * Renders raw HTML bytes, decoded as HTML extraction decodes them (script and style bodies cut first by
     * {@link InertContent}, charset detected); {@code contentType} is the HTTP Content-Type, or {@code null}.
     */
    public static String render(byte[] html, String contentType) {
        return render(CharsetDetector.decode(InertContent.strip(html), contentType).text());
    }

    /** Renders decoded HTML. */
    public static String render(String html) {
        return render(Jsoup.parse(html == null ? "" : html));
    }

    /** Renders a parsed document: title line, then one line per block of visible text. */
    public static String render(Document doc) {
        Lines out = new Lines();
        out.text(doc.title(), false);
        out.breakLine();
        Element body = doc.body();
        if (body != null) {
            walk(body, out, false);
        }
        return out.result();
    }

    private static void walk(Node node, Lines out, boolean pre) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                out.text(t.getWholeText(), pre);
            } else if (child instanceof Element e) {
                element(e, out, pre);
            }
        }
    }

    private static void element(Element e, Lines out, boolean pre) {
        String tag = e.normalName();
        if (DROPPED.contains(tag) || isHidden(e)) {
            return;
        }
        if (tag.equals("br")) {
            out.breakLine();
            return;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            out.breakLine();
        } else if (CELLS.contains(tag)) {
            out.space();
        }
        walk(e, out, pre || tag.equals("pre"));
        if (block) {
            out.breakLine();
        } else if (CELLS.contains(tag)) {
            out.space();
        }
    }

    /** The {@code hidden} attribute, {@code aria-hidden} is not enough (screens show it); inline display:none. */
    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** The text being written: the current line's pending words, and the finished lines. */
    private static final class Lines {
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder line = new StringBuilder();
        private boolean pendingSpace;

        void text(String s, boolean pre) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (pre && c == '\n') {
                    breakLine();
                } else if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                    pendingSpace = line.length() > 0;
                } else {
                    if (pendingSpace) {
                        line.append(' ');
                        pendingSpace = false;
                    }
                    line.append(c);
                }
            }
        }

        void space() {
            pendingSpace = line.length() > 0;
        }

        void breakLine() {
            if (line.length() > 0) {
                text.append(line).append('\n');
                line.setLength(0);
            }
            pendingSpace = false;
        }

        String result() {
            breakLine();
            return text.toString();
        }
    }
}
