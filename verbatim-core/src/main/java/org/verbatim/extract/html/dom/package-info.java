/**
 * The HTML extractor's single pass over the DOM and what it produces, with no knowledge of metadata or of the
 * content choice above it: element kinds and class/id hints ({@code Hints}, {@code HintSet}, word lists matched at
 * once by {@code AsciiAutomaton} and {@code FragmentMatcher}), per-element statistics ({@code NodeStats}), the pruning
 * and measuring pass ({@code DomAnalyzer}, which tells an {@link org.verbatim.extract.html.dom.ElementListener} of
 * every element), text segments ({@code Segmenter}, {@code Segment}), and text and blocks written from a subtree
 * ({@code TextCollector}, {@code BlockWriter}).
 *
 * <p>Internal to the HTML extractor: its types are public so that the extractor's packages can reach each other, not
 * as an API; callers use {@link org.verbatim.extract.HtmlExtractor}.
 */
package org.verbatim.extract.html.dom;
