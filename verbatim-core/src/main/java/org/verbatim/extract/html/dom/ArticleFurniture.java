package org.verbatim.extract.html.dom;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The furniture of an article page by its class and id names ({@code article-furniture.txt}): footnotes, disclaimers,
 * calls to action, author biographies, comments, related stories. Immutable.
 */
public final class ArticleFurniture {
    private static final long FURNITURE = 1;
    private static final HintSet NAMES = new HintSet().add(HintSet.readLines("article-furniture.txt"), FURNITURE);

    /**
     * The share of the kept text above which a container named furniture is taken for the story's own wrapper (a
     * class list such as "post has-comments" names the whole story by its states).
     */
    static final double WRAPPER_SHARE = 0.8;

    private ArticleFurniture() {
    }

    /**
     * Which of the {@code kept} segments lie inside furniture: an element below {@code body} whose class name or id
     * has a listed part, which holds at most {@link #WRAPPER_SHARE} of the kept segments' characters and no {@code
     * <h1>} text. An id of more than {@link Hints#MAX_ID_PARTS} parts (a slug) is not split. The elements around a
     * segment are those of the page before pruning ({@link ProductFurniture#ancestors}): a comment the model kept
     * from a pruned comment list is still in that list.
     *
     * @param stats the DOM pass's stats of the page's blocks and containers ({@link DomAnalyzer.Analysis#stats})
     */
    public static boolean[] inside(List<Segment> segments, boolean[] kept, Map<Element, NodeStats> stats) {
        Map<NodeStats, Element> elementOf = new IdentityHashMap<>();
        stats.forEach((e, s) -> elementOf.put(s, e));
        List<List<Element>> around = new ArrayList<>(segments.size());
        Map<Element, Integer> keptChars = new IdentityHashMap<>();
        Set<Element> headings = Collections.newSetFromMap(new IdentityHashMap<>());
        int total = 0;
        for (int i = 0; i < kept.length; i++) {
            Segment s = segments.get(i);
            List<Element> up = kept[i] || s.has(Segmenter.IN_H1) ? ProductFurniture.ancestors(s, elementOf)
                    : List.of();
            around.add(up);
            total += kept[i] ? s.chars : 0;
            for (Element at : up) {
                if (kept[i]) {
                    keptChars.merge(at, s.chars, Integer::sum);
                }
                if (s.has(Segmenter.IN_H1)) {
                    headings.add(at);
                }
            }
        }
        boolean[] in = new boolean[kept.length];
        for (int i = 0; i < kept.length; i++) {
            for (Element at : kept[i] ? around.get(i) : List.<Element>of()) {
                if (keptChars.get(at) <= WRAPPER_SHARE * total && !headings.contains(at) && named(at)) {
                    in[i] = true;
                    break;
                }
            }
        }
        return in;
    }

    /** Whether one element's class or id names furniture. */
    static boolean named(Element e) {
        String id = e.id();
        if (!id.isEmpty() && NAMES.nameBits(id, Hints.MAX_ID_PARTS, false) != 0) {
            return true;
        }
        for (String name : e.classNames()) {
            if (!name.isEmpty() && NAMES.nameBits(name, Integer.MAX_VALUE, true) != 0) {
                return true;
            }
        }
        return false;
    }
}
