/**
 * An HTML page's content: what the rules found ({@code RuleFindings}: the content root from {@code ContentLocator},
 * the body written by the DOM side and polished by {@code BodyPolisher}, a JSON-LD {@code articleBody} fallback), the
 * learned scorer's features and models ({@code ContentFeatures}, {@code PageWords}, {@code ContentModels}), and
 * {@code ContentChooser}, which takes the model's body wherever it keeps anything and the rules' otherwise, and says
 * why ({@code Explanation}). Depends on {@link org.verbatim.extract.html.meta} and
 * {@link org.verbatim.extract.html.dom}.
 *
 * <p>Internal to the HTML extractor but for {@code ContentModels} (which models an extractor uses),
 * {@code PageFeatures} (the scorer's view of a page, for training) and {@code Explanation} ({@code extract --explain});
 * its other types are public so that the extractor's packages can reach each other, not as an API.
 */
package org.verbatim.extract.html.body;
