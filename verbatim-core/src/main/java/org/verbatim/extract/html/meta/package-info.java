/**
 * An HTML page's metadata, read from its head (JSON-LD, meta tags, canonical link) and from what the DOM pass
 * indexed ({@code PageIndex}, an {@link org.verbatim.extract.html.dom.ElementListener}): the title reconciled with the
 * headline the reader sees ({@code TitleReconciler}, {@code ShownHeadline}), authors, agencies and credits
 * ({@code AuthorReader}, {@code BylinePhrase}, {@code AuthorBio}), dates in a cascade of sources ({@code DateCascade},
 * {@code DateSources}, {@code VisibleDates}, {@code LocalDay}), the standfirst ({@code StandfirstChooser}) and facts
 * such as paywalls and figures ({@code ArticleFacts}); composed by {@code MetadataReader} into {@code PageMetadata}.
 * Depends on {@link org.verbatim.extract.html.dom} only.
 *
 * <p>Internal to the HTML extractor: its types are public so that the extractor's packages can reach each other, not
 * as an API; callers use {@link org.verbatim.extract.HtmlExtractor}.
 */
package org.verbatim.extract.html.meta;
