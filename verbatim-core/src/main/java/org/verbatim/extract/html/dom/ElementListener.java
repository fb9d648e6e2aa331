package org.verbatim.extract.html.dom;

import org.jsoup.nodes.Element;

/**
 * Told of every element of the body by {@link DomAnalyzer}'s single pass, in document order and before anything is
 * pruned: how the metadata side (the page index of headlines, bylines and dates) reads the DOM pass without the DOM
 * pass knowing it. Implementations must not change the tree.
 */
@FunctionalInterface
public interface ElementListener {
    /** Does nothing: for a DOM pass whose metadata is not wanted. */
    ElementListener NONE = (e, headlineScope, order) -> { };

    /**
     * Called once per element reached by the pass (the subtrees of dropped elements are not entered).
     *
     * @param e             the element
     * @param headlineScope for an {@code <h1>}, the stats of its nearest ancestors that hold a story; otherwise
     *                      {@code null}
     * @param order         the element's position in document order among the elements told so far
     */
    void visit(Element e, NodeStats headlineScope, int order);
}
