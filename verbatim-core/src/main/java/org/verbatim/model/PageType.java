package org.verbatim.model;

import java.util.Locale;

/**
 * What kind of page an article was extracted from: a news or blog {@link #ARTICLE}, or a page whose main content is
 * something else (a forum thread's posts, a listing's items, a product's description). The kinds are those of the
 * WCXB benchmark; {@link #OTHER} is any page the classifier cannot place.
 */
public enum PageType {
    ARTICLE, LISTING, FORUM, PRODUCT, COLLECTION, DOCUMENTATION, SERVICE, OTHER;

    /** The lower-case name used in JSON ({@code article}, {@code listing}, ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type of a {@link #label()}; unknown labels give {@link #OTHER}. */
    public static PageType of(String label) {
        for (PageType t : values()) {
            if (t.label().equals(label)) {
                return t;
            }
        }
        return OTHER;
    }
}
