package org.verbatim.extract.html.dom;

import java.util.List;
import java.util.Map;
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

    private ProductFurniture() {
    }

    /**
     * Which of the {@code kept} segments lie inside furniture: an element below {@code body} whose class name or id is
     * in the list, which holds at most {@link KeptAncestry#WRAPPER_SHARE} of the kept segments' characters and no
     * {@code <h1>} text (a container of the page's heading is the product itself). An id of more than {@link
     * Hints#MAX_ID_PARTS} parts (a slug) is not split. Blocks of other products count around a segment as the page
     * stood before pruning ({@link KeptAncestry#ancestors}): a segment kept from a pruned block of a related-products
     * section is still in that section. Customers' words (reviews, questions) count only in the pruned page: the gold
     * of some product pages keeps testimonials and review summaries that pruning cut out (wcxb-dev folds 0-3: counted
     * through pruning too, cross-validated product rose from 0.627 to 0.632, but in-sample product fell from 0.793 to
     * 0.787).
     *
     * @param stats the DOM pass's stats of the page's blocks and containers ({@link DomAnalyzer.Analysis#stats})
     */
    public static boolean[] inside(List<Segment> segments, boolean[] kept, Map<Element, NodeStats> stats) {
        KeptAncestry ancestry = KeptAncestry.of(segments, kept, stats);
        boolean[] in = new boolean[kept.length];
        for (int i = 0; i < kept.length; i++) {
            boolean attached = true;
            for (Element at : ancestry.around(i)) {
                long names = ancestry.apart(at) ? named(at) : 0;
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
