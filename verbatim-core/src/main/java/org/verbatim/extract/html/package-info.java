/**
 * HTML to article: the cascade ({@link org.verbatim.extract.html.HtmlArticleExtractor}) and the byte-level
 * pre-pass ({@link org.verbatim.extract.html.InertContent}). Its parts live in three packages, each depending only on
 * those below it (an architecture test holds this):
 * <ol>
 *   <li>{@link org.verbatim.extract.html.dom}: one iterative pass over the parsed body ({@code DomAnalyzer}): drops
 *       non-content tags, hidden elements, boilerplate roles and class/id hints (tiers always/strong/weak from
 *       {@code boilerplate-hints.txt}, each vetoed when the element is mostly paragraph text), measures every block,
 *       cuts the body into text segments, and tells a listener of every element before anything is pruned;</li>
 *   <li>{@link org.verbatim.extract.html.meta}: metadata ({@code MetadataReader}) from JSON-LD, meta tags and what the
 *       DOM pass indexed ({@code PageIndex}): title reconciled with the shown headline, authors and bylines, dates,
 *       standfirst, language;</li>
 *   <li>{@link org.verbatim.extract.html.body}: the content: the rules' root ({@code ContentLocator}), blocks and
 *       polishing ({@code BodyPolisher}), a JSON-LD {@code articleBody} fallback, and the learned scorer
 *       ({@code ContentModels}) that decides where it keeps anything, with the page type.</li>
 * </ol>
 * The cascade: sanity check (empty, binary), parse with jsoup, the DOM pass feeding the page index, metadata, the
 * rules' findings ({@code body.RuleFindings}), then the content chooser. Heuristic word lists and the shipped models
 * live in the resources of this package ({@code /org/verbatim/extract/html/}), shared by its three parts. Nothing
 * recurses over the DOM.
 */
package org.verbatim.extract.html;
