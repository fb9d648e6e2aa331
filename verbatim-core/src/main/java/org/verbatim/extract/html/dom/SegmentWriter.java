package org.verbatim.extract.html.dom;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.verbatim.extract.html.body.BodyPolisher;
import org.verbatim.model.Block;
import org.verbatim.model.BlockType;

/**
 * Writes the segments a scorer kept as body blocks, typed by the element that holds them: headings, paragraphs,
 * captions and preformatted text one block each; the segments of one block quotation as one quote block, a line each
 * (or a quote block each); consecutive items of one list as one list block; cells of one data table as one table
 * block, a line per row with cells joined by " | "; the cells of a layout table ({@link LayoutTables}) as the
 * paragraphs they hold.
 */
public final class SegmentWriter {
    /** The containers a segment's block is looked up in, parsed once rather than per segment. */
    private static final Evaluator BLOCKQUOTE = QueryParser.parse("blockquote");
    private static final Evaluator TABLE = QueryParser.parse("table");
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder group = new StringBuilder();
    private BlockType groupType;
    /** The list or table the open group belongs to, and the row of its last cell. */
    private Element groupOwner;
    private Element lastRow;
    private Element lastPre;
    /** Tables met so far, and whether each lays out the page ({@link LayoutTables}). */
    private final java.util.Map<Element, Boolean> layouts = new java.util.IdentityHashMap<>();

    /** Whether a block quotation's segments form one block, or a quote block each. */
    private final boolean wholeQuotes;

    private SegmentWriter(boolean wholeQuotes) {
        this.wholeQuotes = wholeQuotes;
    }

    /**
     * Blocks of the kept segments, in document order. Unless {@code wholeQuotes}, each segment of a block quotation
     * is a quote block of its own: a forum post quoted in a reply then stays a block that repeats the post, which
     * {@link BodyPolisher#withoutRepeats} drops (writing quotations whole took the forum pages' in-sample F1 of
     * wcxb-dev from 0.865 to 0.862).
     */
    public static List<Block> write(List<Segment> segments, boolean[] keep, boolean wholeQuotes) {
        SegmentWriter w = new SegmentWriter(wholeQuotes);
        for (int i = 0; i < segments.size(); i++) {
            if (keep[i]) {
                w.add(segments.get(i));
            }
        }
        w.flush();
        return w.blocks;
    }

    private void add(Segment s) {
        Element owner = s.owner;
        String tag = owner.normalName();
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> single(BlockType.HEADING, s.text().replace('\n', ' '),
                    tag.charAt(1) - '0');
            case "li", "dt", "dd" -> item(s, owner);
            case "td", "th" -> cell(s, owner);
            case "pre" -> {
                if (owner != lastPre) {
                    lastPre = owner;
                    single(BlockType.PREFORMATTED, TextCollector.preformatted(owner), null);
                }
            }
            case "figcaption", "figure" -> single(BlockType.FIGURE, s.text().replace('\n', ' '), null);
            default -> {
                Element quote = s.has(Segmenter.IN_QUOTE) ? owner.closest(BLOCKQUOTE) : null;
                if (quote != null) {
                    quoted(s, quote);
                } else {
                    single(BlockType.PARAGRAPH, s.text(), null);
                }
            }
        }
    }

    private void single(BlockType type, String text, Integer level) {
        flush();
        if (!text.isBlank()) {
            blocks.add(new Block(type, text, level));
        }
    }

    private void item(Segment s, Element owner) {
        Element list = owner.parent();
        if (groupType != BlockType.LIST || groupOwner != list) {
            flush();
            groupType = BlockType.LIST;
            groupOwner = list;
        }
        appendLine(s.text().replace('\n', ' '), "\n");
    }

    /** A segment of a block quotation: the quotation's kept segments form one quote block, a line each. */
    private void quoted(Segment s, Element quote) {
        if (!wholeQuotes) {
            single(BlockType.QUOTE, s.text(), null);
            return;
        }
        if (groupType != BlockType.QUOTE || groupOwner != quote) {
            flush();
            groupType = BlockType.QUOTE;
            groupOwner = quote;
        }
        appendLine(s.text(), "\n");
    }

    private void cell(Segment s, Element owner) {
        Element row = owner.parent();
        Element table = row == null ? null : row.closest(TABLE);
        if (table != null && layouts.computeIfAbsent(table, LayoutTables::isLayout)) {
            if (!LayoutTables.isMenuColumn(s.text())) {
                single(BlockType.PARAGRAPH, s.text(), null); // a layout cell is a container: its text is paragraphs
            }
            return;
        }
        if (groupType != BlockType.TABLE || groupOwner != table) {
            flush();
            groupType = BlockType.TABLE;
            groupOwner = table;
            lastRow = null;
        }
        appendLine(s.text().replace('\n', ' '), row == lastRow ? " | " : "\n");
        lastRow = row;
    }

    private void appendLine(String text, String separator) {
        if (text.isBlank()) {
            return;
        }
        if (!group.isEmpty()) {
            group.append(separator);
        }
        group.append(text);
    }

    private void flush() {
        if (groupType != null && !group.isEmpty()) {
            blocks.add(new Block(groupType, group.toString(), null));
        }
        group.setLength(0);
        groupType = null;
        groupOwner = null;
        lastRow = null;
    }
}
