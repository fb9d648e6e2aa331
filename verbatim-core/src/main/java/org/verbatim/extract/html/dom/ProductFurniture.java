package org.verbatim.extract.html.dom;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The furniture of a product page by its class and id names ({@code product-furniture.txt}): customer reviews and
 * ratings, questions and answers, blocks of other products. Immutable.
 */
public final class ProductFurniture {
    /** A name of furniture around other products (related, upsell, carousel blocks). */
    private static final long FURNITURE = 1;
    /** A name of the product's own text ("description"), which outweighs a furniture name on the same element. */
    private static final long OWN = 2;
    /** A name of customers' words about the product (reviews, questions and answers). */
    private static final long CUSTOMERS = 4;
    private static final HintSet NAMES = new HintSet().addKinds("product-furniture.txt",
            Map.of("furniture", FURNITURE, "customers", CUSTOMERS, "own", OWN));

    /**
     * The share of the kept text above which a container named furniture is taken for the product's own wrapper (a
     * class list such as "product type-product has-reviews" names the whole product by its states).
     */
    static final double WRAPPER_SHARE = 0.8;

    private ProductFurniture() {
    }

    /**
     * Which of the {@code kept} segments lie inside furniture: an element below {@code body} whose class name or id is
     * in the list, which holds at most {@link #WRAPPER_SHARE} of the kept segments' characters and no {@code <h1>}
     * text (a container of the page's heading is the product itself). An id of more than {@link Hints#MAX_ID_PARTS}
     * parts (a slug) is not split. Blocks of other products count around a segment as the page stood before pruning
     * ({@link #ancestors}): a segment kept from a pruned block of a related-products section is still in that
     * section. Customers' words (reviews, questions) count only in the pruned page: the gold of some product pages
     * keeps testimonials and review summaries that pruning cut out (wcxb-dev folds 0-3: counted through pruning too,
     * cross-validated product rose from 0.627 to 0.632, but in-sample product fell from 0.793 to 0.787).
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
            List<Element> up = ancestors(s, elementOf);
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
            boolean attached = true;
            for (Element at : around.get(i)) {
                long names = kept[i] && keptChars.get(at) <= WRAPPER_SHARE * total && !headings.contains(at)
                        ? named(at) : 0;
                if ((names & FURNITURE) != 0 || (attached && (names & CUSTOMERS) != 0)) {
                    in[i] = true;
                    break;
                }
                attached &= at.parent() != null;
            }
        }
        return in;
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

    /**
     * The kinds of furniture ({@link #FURNITURE}, {@link #CUSTOMERS}) one element's class or id names, none if one of
     * its names is the product's own text (an element with the id "reviews" and the class "description" holds press
     * quotes the product presents as its own).
     */
    static long named(Element e) {
        long bits = 0;
        String id = e.id();
        if (!id.isEmpty()) {
            bits |= NAMES.nameBits(id, Hints.MAX_ID_PARTS, false);
        }
        for (String name : e.classNames()) {
            bits |= name.isEmpty() ? 0 : NAMES.nameBits(name, Integer.MAX_VALUE, true);
        }
        return (bits & OWN) != 0 ? 0 : bits & (FURNITURE | CUSTOMERS);
    }
}
