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
    /** A name of furniture. */
    private static final long FURNITURE = 1;
    /** A name of the product's own text ("description"), which outweighs a furniture name on the same element. */
    private static final long OWN = 2;
    private static final HintSet NAMES = names(HintSet.readLines("product-furniture.txt"));

    /**
     * The share of the kept text above which a container named furniture is taken for the product's own wrapper (a
     * class list such as "product type-product has-reviews" names the whole product by its states).
     */
    static final double WRAPPER_SHARE = 0.8;

    private ProductFurniture() {
    }

    private static HintSet names(List<String> lines) {
        List<String> furniture = new ArrayList<>();
        List<String> own = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\\s+", 2);
            switch (parts[0]) {
                case "furniture" -> furniture.add(parts[1]);
                case "own" -> own.add(parts[1]);
                default -> throw new IllegalStateException("bad kind in product-furniture.txt: " + line);
            }
        }
        return new HintSet().add(furniture, FURNITURE).add(own, OWN);
    }

    /**
     * Which of the {@code kept} segments lie inside furniture: an element below {@code body} whose class name or id is
     * in the list, which holds at most {@link #WRAPPER_SHARE} of the kept segments' characters and no {@code <h1>}
     * text (a container of the page's heading is the product itself). An id of more than {@link Hints#MAX_ID_PARTS}
     * parts (a slug) is not split.
     */
    public static boolean[] inside(List<Segment> segments, boolean[] kept) {
        Map<Element, Integer> keptChars = new IdentityHashMap<>();
        Set<Element> headings = Collections.newSetFromMap(new IdentityHashMap<>());
        int total = 0;
        for (int i = 0; i < kept.length; i++) {
            Segment s = segments.get(i);
            total += kept[i] ? s.chars : 0;
            for (Element at = s.owner; below(at); at = at.parent()) {
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
            for (Element at = segments.get(i).owner; kept[i] && !in[i] && below(at); at = at.parent()) {
                in[i] = keptChars.get(at) <= WRAPPER_SHARE * total && !headings.contains(at) && named(at);
            }
        }
        return in;
    }

    private static boolean below(Element at) {
        return at != null && !"body".equals(at.normalName()) && !"html".equals(at.normalName());
    }

    /**
     * Whether one element's class or id names it furniture, and none of its names the product's own text (an element
     * with the id "reviews" and the class "description" holds press quotes the product presents as its own).
     */
    static boolean named(Element e) {
        long bits = 0;
        String id = e.id();
        if (!id.isEmpty()) {
            bits |= NAMES.nameBits(id, Hints.MAX_ID_PARTS, false);
        }
        for (String name : e.classNames()) {
            bits |= name.isEmpty() ? 0 : NAMES.nameBits(name, Integer.MAX_VALUE, true);
        }
        return (bits & FURNITURE) != 0 && (bits & OWN) == 0;
    }
}
