package org.verbatim.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.verbatim.model.Block;
import org.verbatim.model.BlockType;

/**
 * Final clean-up of extracted blocks: drops interface lines ("Advertisement", "Read more"), the headline repeated
 * as a heading, the standfirst repeated as a leading block, and consecutive duplicates.
 */
final class BodyPolisher {
    /** A block starting with an interface phrase is dropped only when shorter than this. */
    static final int MAX_UI_LINE_CHARS = 80;
    /** Leading blocks examined for a repeated headline or standfirst. */
    static final int LEADING_BLOCKS = 4;
    /** Share of a block's normalised text that must be covered by the standfirst to count as its repeat. */
    static final double REPEAT_SHARE = 0.8;


    private BodyPolisher() {
    }

    /**
     * Polishes {@code in}. A leading block repeating the page's dek element is dropped; one repeating only the meta
     * description is dropped when it is the very first block (a description copied from a lede deeper down is not
     * a standfirst).
     */
    static List<Block> polish(List<Block> in, String title, String dek, String description) {
        List<Block> out = new ArrayList<>(in.size());
        String normTitle = title == null ? "" : MetadataReader.norm(title);
        for (int i = 0; i < in.size(); i++) {
            Block b = in.get(i);
            if (isUiLine(b.text())) {
                continue;
            }
            String n = MetadataReader.norm(b.text());
            if (n.isEmpty()) {
                continue;
            }
            if (out.size() < LEADING_BLOCKS && (n.equals(normTitle) && b.type() == BlockType.HEADING
                    || b.type() == BlockType.HEADING && b.level() == 1 && out.isEmpty())) {
                continue;
            }
            if (out.size() < LEADING_BLOCKS && isRepeat(n, dek)
                    || out.isEmpty() && isRepeat(n, description)) {
                continue;
            }
            if (!out.isEmpty() && out.get(out.size() - 1).text().equals(b.text())) {
                continue;
            }
            out.add(b);
        }
        return out;
    }

    static boolean isUiLine(String text) {
        if (text.length() > MAX_UI_LINE_CHARS) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT).strip();
        while (!t.isEmpty() && !Character.isLetterOrDigit(t.charAt(t.length() - 1))) {
            t = t.substring(0, t.length() - 1);
        }
        return Hints.UI_LINES.contains(t);
    }

    private static boolean isRepeat(String normBlock, String standfirst) {
        if (standfirst == null) {
            return false;
        }
        String ns = MetadataReader.norm(standfirst);
        if (ns.isEmpty()) {
            return false;
        }
        return ns.equals(normBlock) || (ns.contains(normBlock) && normBlock.length() >= REPEAT_SHARE * ns.length())
                || (normBlock.contains(ns) && ns.length() >= REPEAT_SHARE * normBlock.length());
    }
}
