package org.verbatim.extract.html.dom;

import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Tells a layout table (the page grid of older sites: a sidebar cell, a spacer cell and a content cell) from a data
 * table (figures in rows and columns). A layout table's cells are containers like {@code <div>}s, to be written as
 * the paragraphs they hold; a data table is written as one table block. Paragraphs and lists in cells are not
 * enough to say layout (content systems wrap data cells in {@code <p>}); headings, forms, quotations and sections
 * are.
 *
 * <p>Decided on the table's own rows and cells (a nested table counts only as being there), in this order: a
 * presentation role, or a table nested inside, means layout; a caption, a header row or header cells mean data; then
 * cells holding headings, forms or quotations, a cell holding prose ({@link #PROSE_CELL_CHARS} characters or more, or paragraphs
 * written between {@code <br><br>} from {@link #BROKEN_CELL_CHARS}), or a single row mean layout; anything else is data.
 */
public final class LayoutTables {
    /** A cell with at least this many non-whitespace characters holds prose, not a figure or a label. */
    static final int PROSE_CELL_CHARS = 200;
    /** A cell with paragraphs between {@code <br><br>} holds prose from this many characters. */
    static final int BROKEN_CELL_CHARS = 80;

    /** A navigation column stacks at least this many lines... */
    static final int MENU_MIN_LINES = 6;
    /** ...none longer than this: section links, a weather box, a subscription pitch, each on its own line. */
    static final int MENU_LINE_CHARS = 32;

    private LayoutTables() {
    }

    /**
     * Whether {@code text}, a layout cell's segment (lines at its {@code <br>}s), is the page's navigation column
     * rather than its story: {@link #MENU_MIN_LINES} lines or more, none over {@link #MENU_LINE_CHARS} characters.
     * A story cell's paragraphs run longer; a short stack of lines (an address, a date and a byline) is fewer.
     */
    public static boolean isMenuColumn(String text) {
        int lines = 0;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.length() > MENU_LINE_CHARS) {
                return false;
            }
            lines += l.isEmpty() ? 0 : 1;
        }
        return lines >= MENU_MIN_LINES;
    }

    /** Whether {@code table} (a {@code <table>} element) lays out the page rather than holding data. */
    public static boolean isLayout(Element table) {
        String role = table.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("presentation") || role.equals("none")) {
            return true;
        }
        Scan scan = new Scan(table);
        NodeTraversor.filter(scan, table);
        if (scan.nested) {
            return true;
        }
        if (scan.headers) {
            return false;
        }
        return scan.blocks || scan.proseCell || scan.rows == 1;
    }

    /** One pass over the table's own structure, stopping at the first nested table. */
    private static final class Scan implements NodeFilter {
        private final Element table;
        boolean nested;
        boolean headers;
        boolean blocks;
        boolean proseCell;
        int rows;
        private int cellChars;
        private int breaks;
        private boolean breakRun;

        Scan(Element table) {
            this.table = table;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                int chars = visible(t.getWholeText());
                cellChars += chars;
                if (chars > 0) {
                    breaks = 0;
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e) || node == table) {
                return FilterResult.CONTINUE;
            }
            switch (e.normalName()) {
                case "table" -> {
                    nested = true;
                    return FilterResult.STOP;
                }
                case "caption", "thead", "th" -> headers = true;
                case "tr" -> rows++;
                case "td" -> {
                    cellChars = 0;
                    breaks = 0;
                }
                case "br" -> breakRun |= ++breaks >= 2;
                case "h1", "h2", "h3", "h4", "h5", "h6", "form", "blockquote", "article", "section" -> blocks = true;
                default -> {
                    // inline markup: read through
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && e.normalName().equals("td")) {
                proseCell |= cellChars >= PROSE_CELL_CHARS || breakRun && cellChars >= BROKEN_CELL_CHARS;
                breakRun = false;
            }
            return FilterResult.CONTINUE;
        }

        private static int visible(String text) {
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c > ' ' && c != '\u00a0' && !Character.isWhitespace(c)) {
                    n++;
                }
            }
            return n;
        }
    }
}
