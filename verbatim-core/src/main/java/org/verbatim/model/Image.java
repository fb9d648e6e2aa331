package org.verbatim.model;

/**
 * The article's lead image.
 *
 * @param url     absolute URL of the image; required, never blank
 * @param caption the caption shown with it on the page, or {@code null}
 * @param credit  the photographer / agency credit shown with it, or {@code null}
 */
public record Image(String url, String caption, String credit) {
    public Image {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("image without url");
        }
        url = url.strip();
        caption = blankToNull(caption);
        credit = blankToNull(credit);
    }

    /** An image known only by its URL. */
    public static Image of(String url) {
        return new Image(url, null, null);
    }

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
