package org.verbatim.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.verbatim.model.Block;
import org.verbatim.model.BlockType;

/**
 * Writes the segments a scorer kept as body blocks, typed by the element that holds them: headings, paragraphs,
 * quotes, captions and preformatted text one block each; consecutive items of one list as one list block; cells of
 * one table as one table block, a line per row with cells joined by " | ".
 */
final class SegmentWriter {
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder group = new StringBuilder();
    private BlockType groupType;
    /** The list or table the open group belongs to, and the row of its last cell. */
    private Element groupOwner;
    private Element lastRow;
    private Element lastPre;

    private SegmentWriter() {
    }

    /** Blocks of the kept segments, in document order. */
    static List<Block> write(List<Segment> segments, boolean[] keep) {
        SegmentWriter w = new SegmentWriter();
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
            case "blockquote" -> single(BlockType.QUOTE, s.text(), null);
            case "figcaption", "figure" -> single(BlockType.FIGURE, s.text().replace('\n', ' '), null);
            default -> single(BlockType.PARAGRAPH, s.text(), null);
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

    private void cell(Segment s, Element owner) {
        Element row = owner.parent();
        Element table = row == null ? null : row.closest("table");
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
