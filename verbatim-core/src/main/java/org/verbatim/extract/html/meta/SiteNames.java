package org.verbatim.extract.html.meta;

import java.util.List;
import org.verbatim.extract.common.Spaces;
import org.verbatim.extract.common.TextKey;

/**
 * A site's name set before or after a headline in a title ("Council votes on budget | Example News"): the
 * separators, and cutting the name off. A low-level helper of the title readers ({@link MetadataReader},
 * {@link TitleReconciler}, {@link ShownHeadline}, {@link StandfirstChooser}), so that none of them imports another
 * for it.
 */
final class SiteNames {
    /** Separators between a headline and the site name in {@code <title>} and {@code og:title}. */
    static final List<String> TITLE_SEPARATORS = List.of(" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ",
            " » ", " / ", " ~ ", " ｜ ", "｜", "\u3163", "：", ": ");
    /** A title part this many words long or shorter may be a site name even when it does not match one. */
    static final int MAX_SITE_WORDS = 4;

    private SiteNames() {
    }

    /**
     * Removes a site-name prefix or suffix separated by a common separator. A title that is the site name as a whole
     * ("Daily News - Latest Headlines" when that is the site name) is returned whole: it has no headline part, and
     * cutting it would make a part of the site name pass for one.
     */
    static String stripSite(String title, String siteName) {
        if (title == null) {
            return null;
        }
        String t = Spaces.collapse(title.strip());
        String site = siteName == null ? "" : TextKey.loose(siteName);
        if (!site.isEmpty() && TextKey.loose(t).equals(site)) {
            return t;
        }
        for (int round = 0; round < 2; round++) {
            String next = stripOnce(t, site);
            if (next.equals(t)) {
                break;
            }
            t = next;
        }
        return t.isEmpty() ? null : t;
    }

    private static String stripOnce(String t, String site) {
        for (String sep : TITLE_SEPARATORS) {
            int last = t.lastIndexOf(sep);
            if (last > 0) {
                String head = t.substring(0, last).strip();
                String tail = t.substring(last + sep.length()).strip();
                if (isSiteName(tail, site)) {
                    return head;
                }
            }
            int firstIdx = t.indexOf(sep);
            if (firstIdx > 0) {
                String head = t.substring(0, firstIdx).strip();
                if (isSiteName(head, site) && !holdsMore(head, site)) {
                    return t.substring(firstIdx + sep.length()).strip();
                }
            }
        }
        // no site name known or none matched: a short last part after " | " is usually the site
        int bar = t.lastIndexOf(" | ");
        if (bar > 0 && Spaces.words(t.substring(bar + 3)) <= MAX_SITE_WORDS) {
            return t.substring(0, bar).strip();
        }
        return t;
    }

    /**
     * Whether a part before a separator holds more than the site's name ("Example Corp introduces X" on Example Corp):
     * the start of a headline that names its publisher, not the site's name set before the headline.
     */
    private static boolean holdsMore(String part, String site) {
        String p = TextKey.loose(part);
        return !p.equals(site) && !site.contains(p) && Spaces.words(part) > MAX_SITE_WORDS / 2;
    }

    private static boolean isSiteName(String part, String site) {
        String p = TextKey.loose(part);
        if (p.isEmpty()) {
            return false;
        }
        return !site.isEmpty() && (p.equals(site) || site.contains(p) || p.contains(site));
    }
}
