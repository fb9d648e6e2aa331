package org.verbatim.extract.html.meta;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.verbatim.extract.common.Spaces;
import org.verbatim.extract.common.TextKey;

/**
 * Chooses the title of a page: the headline a reader sees above the article ({@link ShownHeadline}: the {@code <h1>}
 * that agrees with the titles the page declares), with a site-name prefix or suffix removed. The declared titles
 * (JSON-LD {@code headline}, {@code og:title}, {@code twitter:title}, {@code <title>}, {@code <meta name=headline>})
 * are its witnesses; they give the title themselves only when no {@code <h1>} is the headline (none, or only the
 * site's logo, a section label, a newsletter box).
 *
 * <p>Then the order of trust is: JSON-LD headline, {@code og:title}, {@code twitter:title}, {@code <title>} (unless it
 * shares too few words with the {@code <h1>}: old sites use a generic one), {@code <h1>}, each with a site-name prefix
 * or suffix removed. A candidate is skipped when it is implausible: shorter than {@link #MIN_CHARS}, only the site
 * name, or a truncation of the next candidate in the order (ending in an ellipsis). {@code <meta name=headline>} comes
 * last: it witnesses trailers and is the last resort.
 *
 * <p>The first candidate is then settled against the others: a trailer goes when another candidate is the part
 * before it ({@link #withoutTrailer}); among forms differing only in the separators between kicker and headline, the
 * one most sources give wins ({@link #commonForm}); and a kicker that only one of the declared titles carries stays
 * only when the {@code <h1>} shows it ({@link #kickerSettled}).
 */
final class TitleReconciler {
    /** A candidate shorter than this (after cleaning) is a label, not a headline. */
    static final int MIN_CHARS = 8;
    /** A {@code <title>} sharing less than this share of its words with the {@code <h1>} is generic. */
    static final double MIN_TITLE_OVERLAP = 0.3;
    /** Separators before a site or section trailer; a colon is left out as it ends kickers, not headlines. */
    static final List<String> TRAILER_SEPARATORS = List.of(" | ", " - ", " – ", " — ", " · ", " • ", " / ");

    /**
     * A separator between the parts of a headline (kicker and headline): a colon followed by a space (a no-break
     * space may precede it, as in French), or a dash, bar, middle dot, bullet or slash with spaces both sides.
     */
    static final Pattern PART_SEPARATOR = Pattern.compile(
            "[ \\u00a0]*:[ \\u00a0]+|[ \\u00a0]+[-\\u2013\\u2014|\\u00b7\\u2022/][ \\u00a0]+");

    /**
     * A trailer attached without spaces by one dash or bar, and itself one word without further separators: a
     * section name in some templates ("Headline-Politics" once the site name is gone). A chain of parts
     * ("--Section--Site") is not one.
     */
    static final Pattern TIGHT_TRAILER = Pattern.compile(
            "[-\\u2013\\u2014|\\uff5c\\u3163][^\\s\\-\\u2013\\u2014|\\uff5c\\u3163]+");

    /**
     * The end of a kicker: some text, then a colon and a space (a space before the colon too, as in French), or a
     * dash, bar or slash with spaces both sides ("Kicker / Headline").
     */
    static final Pattern KICKER_END = Pattern.compile(
            ".*\\S(?:[ \\u00a0]*:|[ \\u00a0]+[-\\u2013\\u2014|/])[ \\u00a0]+");

    private TitleReconciler() {
    }

    /**
     * The title candidates of one page; any may be {@code null}. {@code h1} is the text of the first {@code <h1>};
     * {@code h1s} are the page's {@code <h1>}s in document order, each as its {@link ShownHeadline#raw} text (when
     * empty, {@code h1} alone is looked at as the shown headline); {@code publication} tells the site's own name in
     * a heading.
     */
    record Candidates(String ldHeadline, String ogTitle, String twitterTitle, String docTitle, String h1,
                      String metaHeadline, String siteName, Supplier<String> visibleText, List<String> h1s,
                      Publication publication) {
        Candidates {
            visibleText = visibleText == null ? () -> "" : visibleText;
            h1s = h1s == null ? List.of() : h1s;
            publication = publication == null ? new Publication(siteName, null, null) : publication;
        }

        Candidates(String ldHeadline, String ogTitle, String twitterTitle, String docTitle, String h1,
                   String metaHeadline, String siteName, Supplier<String> visibleText) {
            this(ldHeadline, ogTitle, twitterTitle, docTitle, h1, metaHeadline, siteName, visibleText, null, null);
        }

        Candidates(String ldHeadline, String ogTitle, String twitterTitle, String docTitle, String h1,
                   String siteName) {
            this(ldHeadline, ogTitle, twitterTitle, docTitle, h1, null, siteName, null, null, null);
        }
    }

    /** The reconciled title, or {@code null} when the page states none. */
    static String reconcile(Candidates c) {
        List<String> ordered = new ArrayList<>(5);
        String ld = clean(decode(c.ldHeadline()), c.siteName());
        String og = clean(c.ogTitle(), c.siteName());
        String tw = clean(c.twitterTitle(), c.siteName());
        String metaHeadline = clean(c.metaHeadline(), c.siteName());
        String shown = shown(c, Arrays.asList(ld, og, tw, clean(c.docTitle(), c.siteName()), metaHeadline));
        if (shown != null) {
            return shown;
        }
        add(ordered, ld, c.siteName());
        add(ordered, og, c.siteName());
        add(ordered, tw, c.siteName());
        String doc = clean(c.docTitle(), c.siteName());
        String h1 = collapse(c.h1());
        if (h1 != null && (c.publication().isNamed(h1) || isEdgePart(h1, c.docTitle()) || isEdgePart(h1, c.ogTitle()))) {
            h1 = null; // the site's name set as a heading ("Playful Tones" beside "Story | Playful Tones"): no headline
        }
        if (h1 != null && h1.length() >= MIN_CHARS && doc != null && overlap(doc, h1) < MIN_TITLE_OVERLAP
                && !c.visibleText().get().contains(doc)) {
            // shares nothing with the <h1> and is not shown on the page: a generic title ("Site - Local News");
            // a <title> shown elsewhere (as an h2 under a section-label h1) stays; an <h1> too short to be a headline
            // ("Lorem", a one-word label) vetoes nothing
            doc = null;
        }
        add(ordered, doc, c.siteName());
        add(ordered, h1, c.siteName());
        // <meta name=headline> last: templates fill it from a different field than the other sources (quotes
        // dropped or kept), so it does not outrank them, but it witnesses trailers and is the last resort
        add(ordered, metaHeadline, c.siteName());
        if (!ordered.isEmpty()) {
            return settled(ordered, Arrays.asList(og, tw), h1);
        }
        String h = collapse(c.h1());
        return h != null ? h : clean(c.docTitle(), c.siteName());
    }

    /**
     * Whether {@code part} is the first or the last of the parts that separators ({@link #TRAILER_SEPARATORS}, a
     * colon aside) cut {@code title} into, and not the whole: the site's name beside the story in a title.
     */
    static boolean isEdgePart(String part, String title) {
        if (title == null) {
            return false;
        }
        String p = TextKey.loose(part);
        String t = Spaces.collapse(title.strip());
        for (String sep : TRAILER_SEPARATORS) {
            int first = t.indexOf(sep);
            int last = t.lastIndexOf(sep);
            if (first > 0 && (TextKey.loose(t.substring(0, first)).equals(p)
                    || TextKey.loose(t.substring(last + sep.length())).equals(p))) {
                return true;
            }
        }
        return false;
    }

    /** The headline shown above the article ({@link ShownHeadline}) without a site name, or {@code null}. */
    private static String shown(Candidates c, List<String> witnesses) {
        List<String> h1s = !c.h1s().isEmpty() ? c.h1s() : c.h1() == null ? List.of() : List.of(c.h1());
        List<String> plain = new ArrayList<>(witnesses.size());
        for (String w : witnesses) {
            plain.add(w == null ? null : ShownHeadline.withoutSite(w, c.publication()));
        }
        String t = ShownHeadline.choose(h1s, plain, c.publication());
        return t == null ? null : ShownHeadline.withoutSite(t, c.publication());
    }

    /** The first candidate, settled against the others (see the class comment). */
    private static String settled(List<String> ordered, List<String> declared, String h1) {
        List<String> plain = new ArrayList<>(ordered.size());
        for (String o : ordered) {
            plain.add(withoutTrailer(o, ordered));
        }
        plain.set(0, uncut(plain.get(0), plain));
        return kickerSettled(commonForm(plain), declared, h1);
    }

    /**
     * The whole of a candidate that a length limit cut short (it ends in an ellipsis, or opens a bracket it never
     * closes: "... Solutions (Including"): the other candidate that starts with it; else {@code chosen}.
     */
    static String uncut(String chosen, List<String> others) {
        String stem = chosen.endsWith("\u2026") ? chosen.substring(0, chosen.length() - 1).strip()
                : chosen.endsWith("...") ? chosen.substring(0, chosen.length() - 3).strip() : chosen;
        if (stem.equals(chosen) && count(chosen, '(') <= count(chosen, ')')) {
            return chosen;
        }
        for (String o : others) {
            if (!o.equals(chosen) && o.length() > stem.length() && o.startsWith(stem)) {
                return o;
            }
        }
        return chosen;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == c ? 1 : 0;
        }
        return n;
    }

    /**
     * The chosen title without a separated trailer when another candidate is exactly the part before it: the other
     * source shows that the trailer (a site or section name nobody declared) is not part of the headline. The trailer
     * follows a spaced separator ({@link #TRAILER_SEPARATORS}) and has at most {@link SiteNames#MAX_SITE_WORDS}
     * words, or is a single word attached by a dash or bar ({@link #TIGHT_TRAILER}: "Headline-Politics").
     */
    static String withoutTrailer(String chosen, List<String> others) {
        for (String o : others) {
            if (o.length() < chosen.length() && chosen.startsWith(o)) {
                String rest = chosen.substring(o.length());
                if (TIGHT_TRAILER.matcher(rest).matches()) {
                    return o;
                }
                for (String sep : TRAILER_SEPARATORS) {
                    if (rest.startsWith(sep) && Spaces.words(rest) - 1 <= SiteNames.MAX_SITE_WORDS) {
                        return o;
                    }
                }
            }
        }
        return chosen;
    }

    /**
     * The first candidate in the form most candidates give it: when several sources state the same headline except
     * for the separator between its parts ("Kicker - Headline" in JSON-LD, "Kicker: Headline" in {@code og:title} and
     * {@code <title>}), the form most of them agree on is the one the newsroom wrote, and the odd one out a
     * template's join of two fields. Only separators may differ ({@link #PART_SEPARATOR}); a tie keeps the first form
     * in the order of trust.
     */
    static String commonForm(List<String> ordered) {
        String first = ordered.get(0);
        String key = separatorsUnified(first);
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (String o : ordered) {
            if (separatorsUnified(o).equals(key)) {
                votes.merge(o, 1, Integer::sum);
            }
        }
        String best = first;
        for (var e : votes.entrySet()) {
            if (e.getValue() > votes.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /**
     * Settles whether a kicker belongs to the title when the declared titles disagree on it: the chosen title is
     * another declared title ({@code og:title}, {@code twitter:title}) with a kicker before it ("Kicker: Headline"
     * against "Headline"), or the other way round. The kicker is a label above the headline, so it stays only when
     * the visible {@code <h1>} shows it with the headline (compared by letters and digits, as an {@code <h1>} built of
     * two elements may lose the space between them); otherwise the headline without it is taken. Kickers end in a
     * colon or a spaced dash, bar or slash ({@link #KICKER_END}).
     */
    static String kickerSettled(String chosen, List<String> declared, String h1) {
        String shown = h1 == null ? "" : TextKey.loose(h1);
        for (String d : declared) {
            if (d == null || d.length() < MIN_CHARS || d.equals(chosen)) {
                continue;
            }
            if (hasKickerBefore(chosen, d)) {
                return TextKey.loose(chosen).equals(shown) ? chosen : d;
            }
            if (hasKickerBefore(d, chosen)) {
                return TextKey.loose(d).equals(shown) ? d : chosen;
            }
        }
        return chosen;
    }

    /** Whether {@code longer} is some text, a kicker's colon, then exactly {@code headline}. */
    static boolean hasKickerBefore(String longer, String headline) {
        if (longer.length() <= headline.length() || !longer.endsWith(headline)) {
            return false;
        }
        return KICKER_END.matcher(longer.substring(0, longer.length() - headline.length())).matches();
    }

    private static String separatorsUnified(String s) {
        return PART_SEPARATOR.matcher(s).replaceAll(" | ");
    }

    /** Share of the words of {@code a} (letters and digits, lower-cased) that also occur in {@code b}. */
    static double overlap(String a, String b) {
        java.util.Set<String> bw = new java.util.HashSet<>(
                List.of(TextKey.NON_WORD.split(b.toLowerCase(java.util.Locale.ROOT))));
        int n = 0;
        int shared = 0;
        for (String w : TextKey.NON_WORD.split(a.toLowerCase(java.util.Locale.ROOT))) {
            if (!w.isEmpty()) {
                n++;
                shared += bw.contains(w) ? 1 : 0;
            }
        }
        return n == 0 ? 0 : (double) shared / n;
    }

    private static void add(List<String> out, String candidate, String siteName) {
        if (candidate == null || candidate.length() < MIN_CHARS) {
            return;
        }
        if (siteName != null && TextKey.loose(candidate).equals(TextKey.loose(siteName))) {
            return;
        }
        out.add(candidate);
    }

    /** Entity references left in JSON-LD strings by templates that HTML-escape twice. */
    static String decode(String s) {
        return s == null || s.indexOf('&') < 0 ? s : Parser.unescapeEntities(s, false);
    }

    private static String clean(String s, String siteName) {
        return SiteNames.stripSite(collapse(s), siteName);
    }

    private static String collapse(String s) {
        if (s == null) {
            return null;
        }
        String t = Spaces.collapse(s.strip());
        return t.isEmpty() ? null : t;
    }
}
