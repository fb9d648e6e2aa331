package org.verbatim.extract.html.meta;

import java.util.List;
import org.verbatim.model.Image;
import org.verbatim.model.Timestamp;

/**
 * Metadata read from a page before its body is extracted.
 *
 * @param title       headline without the site suffix, or {@code null}
 * @param headline    the text of the page's main {@code <h1>}, or {@code null}
 * @param description the meta / Open Graph description, or {@code null}
 * @param articleBody the JSON-LD {@code articleBody}, or {@code null}
 * @param authors     person names, possibly empty
 * @param agencies    news agencies credited, canonical names, possibly empty
 * @param credits     organisations and teams credited instead of a person, as shown, possibly empty
 * @param publishedIsUpdate whether {@code published} is an update stamp, the only date the page shows
 * @param language    the markup's language tag (not yet checked against the text), or {@code null}
 * @param facts       section, tags, lead image, paywall
 */
public record PageMetadata(String title, String headline, String description, String articleBody,
                    List<String> authors, List<String> agencies, List<String> credits, Timestamp published,
                    boolean publishedIsUpdate, Timestamp modified,
                    String siteName, String language, String canonicalUrl, ArticleFacts.Facts facts) {
    public PageMetadata {
        authors = List.copyOf(authors);
        agencies = List.copyOf(agencies);
        credits = List.copyOf(credits);
    }

    public String section() {
        return facts.section();
    }

    public List<String> tags() {
        return facts.tags();
    }

    public Image image() {
        return facts.image();
    }

    public Boolean paywalled() {
        return facts.paywalled();
    }
}
