package org.verbatim.extract.common;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.verbatim.internal.Resources;

/**
 * What a page's URL says about its type, as features shared by the HTML and text page classifiers: the path's depth,
 * whether it holds a year (and month), one flag per page-type family whose words appear in it
 * ({@code url-words.txt}: "FAMILY word word ..."), and whether the page is a site's root.
 */
public final class UrlFeatures {
    /** Features written by {@link #write}. */
    public static final int COUNT = 10;
    private static final List<String> FAMILIES = List.of("article", "forum", "product", "list", "collection", "doc",
            "service");
    /** Runs of what is not a lower-case letter, between a path part's words (compiled once, not per part). */
    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");
    private static final Pattern URL_DATE = Pattern.compile("/(?:19|20)\\d\\d/(?:[01]?\\d/)?");
    private static final Map<String, Integer> URL_WORDS = urlWords();

    private UrlFeatures() {
    }

    /** Writes the {@link #COUNT} features of {@code url} (may be {@code null}) into {@code p} from {@code k}. */
    public static int write(String url, float[] p, int k) {
        String path = path(url);
        int depth = 0;
        int bits = 0;
        for (String part : path.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            depth++;
            for (String w : NON_LETTERS.split(part.toLowerCase(Locale.ROOT))) {
                bits |= URL_WORDS.getOrDefault(w, 0);
            }
        }
        p[k++] = depth;
        p[k++] = URL_DATE.matcher(path).find() ? 1 : 0;
        for (int bit = 0; bit < FAMILIES.size(); bit++) {
            p[k++] = (bits & (1 << bit)) != 0 ? 1 : 0;
        }
        p[k++] = depth == 0 && url != null ? 1 : 0;
        return k;
    }

    /** The path of {@code url}, without query or fragment; empty when it has none. */
    static String path(String url) {
        if (url == null) {
            return "";
        }
        int scheme = url.indexOf("://");
        int start = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        if (start < 0) {
            return "";
        }
        int end = url.length();
        for (char c : new char[] {'?', '#'}) {
            int i = url.indexOf(c, start);
            end = i >= 0 ? Math.min(end, i) : end;
        }
        return url.substring(start, end);
    }

    private static Map<String, Integer> urlWords() {
        Map<String, Integer> m = new HashMap<>();
        for (String line : Resources.lines(UrlFeatures.class, "/org/verbatim/extract/html/url-words.txt")) {
            String[] parts = line.split("\\s+");
            int family = FAMILIES.indexOf(parts[0]);
            if (family < 0) {
                throw new IllegalStateException("bad family in url-words.txt: " + line);
            }
            for (int i = 1; i < parts.length; i++) {
                m.merge(parts[i], 1 << family, (x, y) -> x | y);
            }
        }
        return Map.copyOf(m);
    }
}
