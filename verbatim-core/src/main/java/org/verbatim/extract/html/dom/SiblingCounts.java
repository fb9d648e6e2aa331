package org.verbatim.extract.html.dom;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * For one page's segments: how many element siblings (itself included) share an element's tag and class, as the
 * content features' item repeat reads it. Each parent's children are counted once, and each element's answer is
 * memoised by the document-order position of its {@link NodeStats} (an element and its stats go together up the
 * analysed tree), so no element is hashed: hashing thousands of fresh elements by identity cost more than the
 * counting. Not thread-safe; one per page.
 */
public final class SiblingCounts {
    /** Per element, by its stats' order: its count, or 0 while unknown. */
    private final int[] known;
    /** Per parent, by its stats' order: its children's counts by tag and class, or {@code null} while uncounted. */
    private final Object[] children;

    public SiblingCounts(List<Segment> segments) {
        int last = 0;
        for (Segment s : segments) {
            last = Math.max(last, s.ownerStats.order); // ancestors come earlier in document order
        }
        known = new int[last + 1];
        children = new Object[last + 1];
    }

    /**
     * The count of {@code e}, an attached element whose stats are {@code stats} ({@code null} for an element above
     * the analysed root).
     */
    public int of(Element e, NodeStats stats) {
        if (stats != null && known[stats.order] > 0) {
            return known[stats.order];
        }
        NodeStats parent = parentOf(stats);
        int count = byKind(e.parent(), parent).get(key(e))[0];
        if (stats != null) {
            known[stats.order] = count;
        }
        return count;
    }

    /** The stats of the parent of the element of {@code stats}, or {@code null} above the analysed root. */
    public static NodeStats parentOf(NodeStats stats) {
        return stats == null || stats.parent == null || stats.parent.parent == null ? null : stats.parent;
    }

    @SuppressWarnings("unchecked")
    private Map<String, int[]> byKind(Element parent, NodeStats stats) {
        if (stats == null) {
            return count(parent);
        }
        if (children[stats.order] == null) {
            children[stats.order] = count(parent);
        }
        return (Map<String, int[]>) children[stats.order];
    }

    private static Map<String, int[]> count(Element parent) {
        Map<String, int[]> counts = new HashMap<>();
        for (Element k = parent.firstElementChild(); k != null; k = k.nextElementSibling()) {
            counts.computeIfAbsent(key(k), x -> new int[1])[0]++;
        }
        return counts;
    }

    private static String key(Element e) {
        return e.normalName() + '.' + e.className();
    }
}
