package org.verbatim.extract.html.dom;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The furniture of an article page by its class and id names ({@code article-furniture.txt}): footnotes, disclaimers,
 * calls to action, author biographies, comments, related stories. Immutable.
 */
public final class ArticleFurniture {
    private static final long FURNITURE = 1;
    private static final HintSet NAMES = new HintSet().add(HintSet.readLines("article-furniture.txt"), FURNITURE);

    private ArticleFurniture() {
    }

    /**
     * Which of the {@code kept} segments lie inside furniture: an element below {@code body} whose class name or id
     * has a listed part, which holds at most {@link KeptAncestry#WRAPPER_SHARE} of the kept segments' characters and
     * no {@code <h1>} text. An id of more than {@link Hints#MAX_ID_PARTS} parts (a slug) is not split. The elements
     * around a segment are those of the page before pruning ({@link KeptAncestry#ancestors}): a segment the model kept
     * from a pruned list of related stories is still in that list.
     *
     * @param stats the DOM pass's stats of the page's blocks and containers ({@link DomAnalyzer.Analysis#stats})
     */
    public static boolean[] inside(List<Segment> segments, boolean[] kept, Map<Element, NodeStats> stats) {
        KeptAncestry ancestry = KeptAncestry.of(segments, kept, stats);
        boolean[] in = new boolean[kept.length];
        for (int i = 0; i < kept.length; i++) {
            for (Element at : ancestry.around(i)) {
                if (ancestry.apart(at) && named(at)) {
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
