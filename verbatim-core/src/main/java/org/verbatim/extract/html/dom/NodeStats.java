package org.verbatim.extract.html.dom;

/**
 * What one element holds, aggregated bottom-up in a single traversal (so no ancestor's text is ever re-read).
 * Mutable while the analysis runs; read-only afterwards.
 */
public final class NodeStats {
    /** Non-whitespace characters of text. */
    public int text;
    /** Non-whitespace characters of text inside links. */
    int link;
    /** Characters of text in good paragraph units (long enough, not link-dense). */
    public int good;
    /** Characters of subheadings ({@code h2}-{@code h6}) that are not mostly links. */
    int heads;
    /** Number of good paragraph units. */
    public int paras;
    /** Commas (any script) in the text. */
    int commas;
    /** Scores of good paragraph units at distance 1, 2 and 3 below this element. */
    double d1;
    double d2;
    double d3;
    /** The unit's own score when this element is a good paragraph unit, else 0. */
    double unitScore;
    /** Has a block-level child element. */
    boolean blockChild;
    /** Contains (or is) an explicit article-body marker ({@code itemprop=articleBody} or {@code <main>}). */
    boolean marker;
    /** Contains (or is) an {@code <article>} element. */
    boolean article;
    /** Number of substantial {@code <article>} elements inside (or this one). */
    public int articles;
    /** Number of {@code <h1>} headings inside (or this one). */
    public int h1s;
    /** Number of headings ({@code h2}-{@code h6}) that are mostly a link: teaser headlines. */
    public int linkHeads;
    /** Number of {@code <table>} elements inside (or this one). */
    int tables;
    /** Position of the element in document order (pre-order index). */
    public int order;
    /** Pre-order index after the element's last descendant. */
    public int end;
    /** Tag kind bits of the element, see {@link DomAnalyzer#kind}. */
    int kind;
    /** Class/id hint bits, see {@link Hints}. */
    public int hints;
    /** Traversal ticks at the element's start and end: a segment opened at tick t is inside iff tin < t < tout. */
    public int tin;
    public int tout;
    /** Element depth below the analysed root. */
    public int depth;
    /** {@link Segmenter} structure flags and {@link Hints} bits of the element and all its ancestors. */
    public int pathFlags;
    int pathHints;
    /** Vocabulary groups ({@link Segmenter#VOCABULARY}) of the element; of its parent; of it and its ancestors. */
    int vocab;
    int parentVocab;
    public int farVocab;
    /** Groups of the element, its parent and its grandparent. */
    int nearVocab;
    /** The parent's stats, or {@code null} at the root. */
    public NodeStats parent;

    public double linkDensity() {
        return text == 0 ? 0 : (double) link / text;
    }

    /** Paragraph-unit score gathered from up to three levels below, Readability-style. */
    public double rawScore() {
        return d1 + d2 / 2 + d3 / 3;
    }
}
