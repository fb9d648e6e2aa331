package org.verbatim.extract.html;

import java.util.List;
import org.verbatim.model.Timestamp;

/**
 * Metadata read from a page before its body is extracted.
 *
 * @param title       headline without the site suffix, or {@code null}
 * @param headline    the text of the page's main {@code <h1>}, or {@code null}
 * @param description the meta / Open Graph description, or {@code null}
 * @param dek         the text of a standfirst element on the page, or {@code null}
 * @param articleBody the JSON-LD {@code articleBody}, or {@code null}
 * @param authors     person names, possibly empty
 */
record PageMetadata(String title, String headline, String description, String dek, String articleBody,
                    List<String> authors, Timestamp published, Timestamp modified, String siteName,
                    String language, String canonicalUrl) {
    PageMetadata {
        authors = List.copyOf(authors);
    }
}
