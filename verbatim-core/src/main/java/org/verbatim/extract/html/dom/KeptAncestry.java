package org.verbatim.extract.html.dom;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The elements around a page's kept segments, as the page stood before pruning, with what each holds of the kept
 * text: what the furniture finders ({@link ArticleFurniture}, {@link ProductFurniture}) read before they look at an
 * element's names. Immutable once built.
 */
final class KeptAncestry {
    /**
     * The share of the kept text above which a container is taken for the page's own wrapper, whatever its names (a
     * class list such as "post has-comments" or "product has-reviews" names the whole story by its states).
     */
    static final double WRAPPER_SHARE = 0.8;

    private final List<List<Element>> around;
    private final Map<Element, Integer> keptChars;
    private final Set<Element> headings;
    private final int total;

    private KeptAncestry(List<List<Element>> around, Map<Element, Integer> keptChars, Set<Element> headings,
                         int total) {
        this.around = around;
        this.keptChars = keptChars;
        this.headings = headings;
        this.total = total;
    }

    /**
     * The ancestry of the {@code kept} segments, and of those of the {@code <h1>}, whose containers are never
     * furniture.
     *
     * @param stats the DOM pass's stats of the page's blocks and containers ({@link DomAnalyzer.Analysis#stats})
     */
    static KeptAncestry of(List<Segment> segments, boolean[] kept, Map<Element, NodeStats> stats) {
        Map<NodeStats, Element> elementOf = new IdentityHashMap<>();
        stats.forEach((e, s) -> elementOf.put(s, e));
        List<List<Element>> around = new ArrayList<>(segments.size());
        Map<Element, Integer> keptChars = new IdentityHashMap<>();
        Set<Element> headings = Collections.newSetFromMap(new IdentityHashMap<>());
        int total = 0;
        for (int i = 0; i < kept.length; i++) {
            Segment s = segments.get(i);
            boolean heading = s.has(Segmenter.IN_H1);
            List<Element> up = kept[i] || heading ? ancestors(s, elementOf) : List.of();
            around.add(kept[i] ? up : List.of());
            total += kept[i] ? s.chars : 0;
            for (Element at : up) {
                if (kept[i]) {
                    keptChars.merge(at, s.chars, Integer::sum);
                }
                if (heading) {
                    headings.add(at);
                }
            }
        }
        return new KeptAncestry(around, keptChars, headings, total);
    }

    /** The elements around kept segment {@code i}, innermost first; none for a segment not kept. */
    List<Element> around(int i) {
        return around.get(i);
    }

    /**
     * Whether an element around a kept segment may be furniture by its place: it holds at most {@link #WRAPPER_SHARE}
     * of the kept text and no text of the {@code <h1>}.
     */
    boolean apart(Element at) {
        return keptChars.get(at) <= WRAPPER_SHARE * total && !headings.contains(at);
    }

    /**
     * A segment's owner and the owner's ancestors below {@code body}, innermost first, as the page stood before
     * pruning: pruning detaches a boilerplate element from the DOM, so above a detached subtree's root the walk goes
     * on from the element of its parent's stats (the DOM pass keeps the stats chain; {@code elementOf} maps the stats
     * of blocks and containers back to their elements, and an inline parent is skipped).
     */
    static List<Element> ancestors(Segment s, Map<NodeStats, Element> elementOf) {
        List<Element> out = new ArrayList<>();
        Element at = s.owner;
        NodeStats st = s.ownerStats;
        while (below(at)) {
            out.add(at);
            Element up = at.parent();
            st = st == null ? null : st.parent;
            if (up == null) {
                while (st != null && !elementOf.containsKey(st)) {
                    st = st.parent;
                }
                up = st == null ? null : elementOf.get(st);
            }
            at = up;
        }
        return out;
    }

    private static boolean below(Element at) {
        return at != null && !"body".equals(at.normalName()) && !"html".equals(at.normalName());
    }
}
