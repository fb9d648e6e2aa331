package org.verbatim.extract.html.dom;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A run of text between two block boundaries (the start or end of any block-level element): a paragraph, a list
 * item, a table cell, a heading, or the loose text of a container between its blocks. Segments are what the learned
 * content scorer classifies. Collected by {@link Segmenter} during the analysis pass, before any pruning, so that
 * segments inside pruned boilerplate still exist (marked {@link #pruned}) and may be kept.
 *
 * <p>Mutable only while the analysis runs.
 */
public final class Segment {
    /** Position among the page's segments. */
    public final int index;
    /** Traversal tick at which it opened (see {@link NodeStats#tin}). */
    public final int tick;
    /** The innermost block element open when it started (the body for loose text). */
    public final Element owner;
    public final NodeStats ownerStats;
    /** The stats of the owner's parent element (its container), or the owner's own for the body. */
    public final NodeStats containerStats;
    /** {@link Segmenter} structure flags of the owner and its ancestors. */
    public final int pathFlags;
    /** {@link Hints} bits of the owner and its ancestors. */
    public final int pathHints;
    /** Vocabulary groups of the owner and its two nearest ancestors, and of all its ancestors. */
    public final int nearVocab;
    public final int farVocab;
    /** Element depth of the owner. */
    public final int depth;
    /** Text nodes, and {@code <br>} elements as line breaks, in document order. */
    public final List<Node> nodes = new ArrayList<>(2);
    /** Non-whitespace characters, of which inside links. */
    public int chars;
    public int link;
    public int words;
    /** Sentence-final punctuation followed by a space or the end. */
    public int sentenceEnds;
    public int commas;
    public int digits;
    /** Words starting with a capital letter. */
    public int capitalWords;
    /** The {@link DomAnalyzer} pruning tier that removed an ancestor: 0 none, 1 weak, 2 strong, 3 always. */
    public int pruned;
    /** {@link WordGroups} bits of the words it contains. */
    public int wordGroups;
    /** The last non-whitespace character, for "ends like a sentence". */
    public char last;

    Segment(int index, int tick, Element owner, NodeStats ownerStats, NodeStats containerStats, int pathFlags,
            int pathHints, int nearVocab, int farVocab, int depth) {
        this.index = index;
        this.tick = tick;
        this.owner = owner;
        this.ownerStats = ownerStats;
        this.containerStats = containerStats;
        this.pathFlags = pathFlags;
        this.pathHints = pathHints;
        this.nearVocab = nearVocab;
        this.farVocab = farVocab;
        this.depth = depth;
    }

    public double linkDensity() {
        return chars == 0 ? 0 : (double) link / chars;
    }

    public boolean has(int flag) {
        return (pathFlags & flag) != 0;
    }

    /** The normalised text, lines broken at {@code <br>}, as {@link TextCollector} writes it. */
    public String text() {
        int length = 0;
        for (Node n : nodes) {
            length += n instanceof TextNode t ? t.getWholeText().length() : 1;
        }
        TextCollector.Lines lines = new TextCollector.Lines(length); // the text can only shrink: no growing
        for (Node n : nodes) {
            if (n instanceof TextNode t) {
                lines.append(t.getWholeText());
            } else {
                lines.lineBreak();
            }
        }
        return lines.toString();
    }
}
