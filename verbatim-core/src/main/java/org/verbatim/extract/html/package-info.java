/**
 * HTML to article. The cascade, in order (see {@link org.verbatim.extract.html.HtmlArticleExtractor}):
 * <ol>
 *   <li>sanity check (empty, binary), parse with jsoup;</li>
 *   <li>one iterative pass over the body ({@code DomAnalyzer}): drops non-content tags, hidden elements, boilerplate
 *       roles and class/id hints (tiers always/strong/weak from {@code boilerplate-hints.txt}, each vetoed when the
 *       element is mostly paragraph text), measures every block (text, link text, good paragraph text, Readability-
 *       style paragraph scores up to three levels) and indexes what metadata needs;</li>
 *   <li>metadata ({@code MetadataReader}): JSON-LD (arrays, {@code @graph}), meta tags, canonical, language, dates,
 *       authors, title reconciled from {@code h1}, {@code og:title}, JSON-LD headline and {@code <title>};</li>
 *   <li>content root ({@code ContentLocator}): best-scoring container (within the headline's story on feed pages),
 *       widened over plain wrappers and parents that add mostly paragraph text (not teaser rivers or other stories),
 *       or explicit {@code itemprop=articleBody} markup;</li>
 *   <li>blocks ({@code BlockWriter}) and polishing ({@code BodyPolisher}): headline, kicker, dateline, byline,
 *       standfirst repeats, interface lines, credit lines and edge fragments removed;</li>
 *   <li>a complete JSON-LD {@code articleBody} replaces a body that came out much shorter.</li>
 * </ol>
 * Heuristic word lists live in the resources of this package. Nothing recurses over the DOM.
 */
package org.verbatim.extract.html;
