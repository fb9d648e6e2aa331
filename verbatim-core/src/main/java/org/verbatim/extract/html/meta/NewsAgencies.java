package org.verbatim.extract.html.meta;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.verbatim.extract.html.dom.HintSet;

/**
 * The news agencies a byline or author field may credit ({@code agencies.txt}: canonical names with their variants).
 * Public so that evaluation can map a gold author string to the same canonical agency.
 *
 * <p>Immutable and thread-safe.
 */
public final class NewsAgencies {
    /** Variants this short are matched only in the case the list writes them ("AP", "dpa"), not "Ap". */
    static final int SHORT_VARIANT = 3;
    /** Longest agency name looked for at the start of a longer credit, in words. */
    static final int MAX_PREFIX_WORDS = 3;
    /** Most words after an agency name in a credit ("in Valencia", "Deutschland"). */
    static final int MAX_REST_WORDS = 3;
    private static final NewsAgencies STANDARD = load(HintSet.readLines("agencies.txt"));

    /** Lower-cased long variant to canonical name. */
    private final Map<String, String> byLower;
    /** Exactly written variant (every variant, short ones included) to canonical name. */
    private final Map<String, String> byExact;

    private NewsAgencies(Map<String, String> byLower, Map<String, String> byExact) {
        this.byLower = Map.copyOf(byLower);
        this.byExact = Map.copyOf(byExact);
    }

    /** The bundled list. */
    public static NewsAgencies standard() {
        return STANDARD;
    }

    /**
     * The canonical agency name {@code s} credits, or {@code null}: {@code s} (stripped, without a leading "The" or
     * trailing punctuation) equals a name or variant, or starts with an exactly written one followed by a space,
     * {@code -} or {@code /} and at most two more words ("AFP Deutschland", "dpa-AFX", "dpa/lnw").
     */
    public String canonical(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        while (!t.isEmpty() && ".,;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.isEmpty()) {
            return null;
        }
        String hit = exact(t);
        if (hit == null && t.regionMatches(true, 0, "the ", 0, 4)) {
            hit = exact(t.substring(4).strip());
        }
        return hit != null ? hit : byPrefix(t);
    }

    /** True when {@code s} credits an agency. */
    public boolean isAgency(String s) {
        return canonical(s) != null;
    }

    private String exact(String t) {
        String hit = byExact.get(t);
        return hit != null ? hit : byLower.get(t.toLowerCase(Locale.ROOT));
    }

    /**
     * An agency named by the first one to {@value #MAX_PREFIX_WORDS} words of {@code t}, followed by at most
     * {@value #MAX_REST_WORDS} more ("AFP Deutschland", "dpa-AFX", "Associated Press in Valencia").
     */
    private String byPrefix(String t) {
        int words = 0;
        for (int i = 1; i < t.length() && words < MAX_PREFIX_WORDS; i++) {
            char c = t.charAt(i);
            if (c != ' ' && c != '-' && c != '/') {
                continue;
            }
            words++;
            String rest = t.substring(i + 1).strip();
            if (rest.isEmpty() || words(rest) > MAX_REST_WORDS) {
                continue;
            }
            String head = t.substring(0, i);
            String hit = byExact.get(head);
            if (hit == null && head.length() > SHORT_VARIANT) {
                hit = byLower.get(head.toLowerCase(Locale.ROOT));
            }
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    /** Words separated by spaces, hyphens or slashes. */
    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean sep = c == ' ' || c == '-' || c == '/';
            n += !sep && !in ? 1 : 0;
            in = !sep;
        }
        return n;
    }

    static NewsAgencies load(List<String> lines) {
        Map<String, String> lower = new HashMap<>();
        Map<String, String> exact = new HashMap<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            String canonical = (eq < 0 ? line : line.substring(0, eq)).strip();
            add(canonical, canonical, lower, exact);
            if (eq >= 0) {
                for (String v : line.substring(eq + 1).split("\\|")) {
                    add(v.strip(), canonical, lower, exact);
                }
            }
        }
        return new NewsAgencies(lower, exact);
    }

    private static void add(String variant, String canonical, Map<String, String> lower, Map<String, String> exact) {
        if (variant.isEmpty()) {
            return;
        }
        exact.putIfAbsent(variant, canonical);
        if (variant.length() > SHORT_VARIANT) {
            lower.putIfAbsent(variant.toLowerCase(Locale.ROOT), canonical);
        }
    }
}
