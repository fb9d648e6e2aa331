package org.verbatim.extract.html.meta;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.verbatim.extract.common.Spaces;
import org.verbatim.extract.common.TextKey;
import org.verbatim.language.LanguageDetector;

/**
 * The headline a reader sees: the {@code <h1>} that stands above the body. The declared titles ({@code og:title},
 * JSON-LD {@code headline}, {@code twitter:title}, {@code <title>}, each without the site name) are its witnesses:
 * they tell the article's headline from the other {@code <h1>}s of a page (the site's logo, a section label, "Blog",
 * a newsletter box), as the headline shares most of its words with one of them, while a label shares few.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>An {@code <h1>} is a candidate when it is at least {@link TitleReconciler#MIN_CHARS} long and is not the
 *   publication (the site or publisher name, or part of the host: "example.com").</li>
 *   <li>With no witness, the first candidate is the headline. With witnesses, the candidate that agrees best with one
 *   of them ({@link #agreement}: the share of the shorter one's words found in the longer, at least
 *   {@link #MIN_AGREEMENT}) is the headline, the first on a tie; when none agrees, no {@code <h1>} is the headline
 *   (and the witnesses decide the title).</li>
 *   <li>A witness that writes the chosen {@code <h1>}'s text, but for the kinds of its spaces and the separators
 *   where the heading joins two elements, gives its form ({@link #witnessForm}): the heading shows those by styling
 *   its elements.</li>
 * </ol>
 * Only the first {@link #MAX_H1S} {@code <h1>}s are read: templates that set every teaser in an {@code <h1>} put the
 * article's own first.
 */
final class ShownHeadline {
    /** Agreement with a witness from which an {@code <h1>} is the article's headline. */
    static final double MIN_AGREEMENT = 0.5;
    /** Separators between a headline and a site name ({@link SiteNames#TITLE_SEPARATORS} but colons). */
    static final List<String> SITE_SEPARATORS = SiteNames.TITLE_SEPARATORS.stream()
            .filter(sep -> sep.indexOf(':') < 0 && sep.indexOf('\uff1a') < 0).toList();
    /** Words two titles share at least to agree (one when the shorter has one word only). */
    static final int MIN_SHARED = 2;
    /** {@code <h1>}s read at most. */
    static final int MAX_H1S = 12;
    /** Characters a witness may show where the heading joins two elements: spaces and separators. */
    private static final String BOUNDARY = "[\\s\\p{Z}:\\-\\u2013\\u2014/|\\u00b7\\u2022.]*";
    /** Quotation marks that stand for one another: a witness may type straight ones where the heading shows curly. */
    private static final String DOUBLE_QUOTES = "\"\u201c\u201d\u201e\u201f\u00ab\u00bb";
    private static final String SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b\u2032`\u00b4";
    /** Where the heading has a space, a witness has a space of any kind. */
    private static final String SPACE = "[\\s\\p{Z}]+";
    /** Marks the boundary of an inline formatting element in a heading's raw text: no space. */
    static final char JOIN = '\u0001';
    /** Marks the boundary of another element in a heading's raw text: a space. */
    static final char APART = '\u0002';
    /** Inline formatting: its boundaries join the text around them. */
    static final Set<String> FORMATTING = Set.of("b", "i", "em", "strong", "small", "sup", "sub", "mark", "u", "s",
            "abbr", "q", "cite", "code", "font", "wbr");
    /** A kicker ended by a colon ("Kicker: Headline"), not a site name set before a bar or dash. */
    private static final Pattern COLON_KICKER = Pattern.compile("^[^:|]*\\S[ \\u00a0]*:[ \\u00a0]");
    /** A heading of more parts than this is matched whole only. */
    static final int MAX_PARTS = 6;
    /** A heading longer than this (raw) is a container, not a headline. */
    static final int MAX_RAW = 1000;

    private ShownHeadline() {
    }

    /**
     * The shown headline among the {@code <h1>}s, each given by its {@link #raw} text (in document order, {@code null}
     * for one not read), given the cleaned witnesses (null entries allowed) and the publication; {@code null} when no
     * {@code <h1>} is the article's headline.
     */
    static String choose(List<String> raws, List<String> witnesses, Publication site) {
        List<String> texts = new ArrayList<>(Math.min(raws.size(), MAX_H1S));
        for (int i = 0; i < raws.size() && i < MAX_H1S; i++) {
            texts.add(raws.get(i) == null ? null : text(raws.get(i)));
        }
        int best = best(texts, witnesses, site);
        if (best < 0) {
            return null;
        }
        String form = witnessForm(raws.get(best), witnesses);
        return form != null ? form : texts.get(best);
    }

    /**
     * The shown headline without the site's name set before or after it by a separator ({@code " | "},
     * {@code " - "}...; not a colon, which ends kickers) and without a short last part after {@code " | "} (at most
     * {@link SiteNames#MAX_SITE_WORDS} words: a site or section name). Stricter than
     * {@link SiteNames#stripSite}, which also cuts a part that merely holds the site's name: a headline may name
     * its publisher ("Example Corp introduces...").
     */
    static String withoutSite(String shown, Publication site) {
        String t = shown;
        for (int round = 0; round < 2; round++) {
            String next = withoutSiteOnce(t, site);
            if (next.equals(t) || next.length() < TitleReconciler.MIN_CHARS) {
                break;
            }
            t = next;
        }
        return t;
    }

    /**
     * {@code title} without the site's host name standing before it with no separator ("example.com Vibe Coding" on
     * example.com: a template that prefixes every title with the domain); {@code title} itself otherwise, and when
     * nothing of a headline would remain.
     */
    static String withoutHostPrefix(String title, Publication site) {
        int space = title == null ? -1 : title.indexOf(' ');
        if (space <= 0 || title.lastIndexOf('.', space) <= 0) {
            return title;
        }
        String host = title.regionMatches(true, 0, "www.", 0, 4) ? title.substring(4, space) : title.substring(0, space);
        if (host.indexOf('.') <= 0 || !site.isNamed(host)) {
            return title;
        }
        String rest = title.substring(space + 1).strip();
        return rest.length() < TitleReconciler.MIN_CHARS ? title : rest;
    }

    private static String withoutSiteOnce(String t, Publication site) {
        for (String sep : SITE_SEPARATORS) {
            int last = t.lastIndexOf(sep);
            if (last > 0 && site.isNamed(t.substring(last + sep.length()))) {
                return t.substring(0, last).strip();
            }
            int first = t.indexOf(sep);
            if (first > 0 && site.isNamed(t.substring(0, first))) {
                return t.substring(first + sep.length()).strip();
            }
        }
        int bar = t.lastIndexOf(" | ");
        return bar > 0 && Spaces.words(t.substring(bar + 3)) <= SiteNames.MAX_SITE_WORDS
                ? t.substring(0, bar).strip() : t;
    }

    /** The index of the shown headline among the texts of the {@code <h1>}s (null when empty), or -1. */
    static int best(List<String> texts, List<String> witnesses, Publication site) {
        List<Set<String>> witnessWords = new ArrayList<>(witnesses.size());
        for (String w : witnesses) {
            if (w != null && !w.isBlank()) {
                witnessWords.add(words(w));
            }
        }
        int best = -1;
        double bestScore = -1;
        for (int i = 0; i < texts.size() && i < MAX_H1S; i++) {
            String text = texts.get(i);
            if (text == null || text.length() < TitleReconciler.MIN_CHARS || site.isNamed(text)) {
                continue;
            }
            if (witnessWords.isEmpty()) {
                return i;
            }
            Set<String> words = words(text);
            double score = 0;
            for (Set<String> w : witnessWords) {
                score = Math.max(score, agreement(words, w));
            }
            if (score >= MIN_AGREEMENT && score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The text of a heading as read before pruning, with its element boundaries marked ({@link #JOIN} around inline
     * formatting such as {@code <em>}, {@link #APART} around other elements); {@code null} when longer than
     * {@link #MAX_RAW} characters (a container, not a headline). Read during the DOM pass, as pruning may empty
     * a heading's parts ("topline" and "headline" spans).
     */
    static String raw(Element h1) {
        StringBuilder raw = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendCollapsed(t.getWholeText(), raw);
                } else if (depth > 0 && node instanceof Element e) {
                    raw.append(mark(e));
                }
                return raw.length() > MAX_RAW ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (depth > 0 && node instanceof Element e) {
                    raw.append(mark(e));
                }
                return FilterResult.CONTINUE;
            }
        }, h1);
        return raw.length() > MAX_RAW ? null : raw.toString();
    }

    /** Appends {@code text} with runs of ASCII whitespace as one space (other spaces, such as U+3000, kept). */
    private static void appendCollapsed(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
                if (out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    private static char mark(Element e) {
        return FORMATTING.contains(e.normalName()) ? JOIN : APART;
    }

    /** The text of a {@link #raw} heading on one line, spaces of every kind made plain; {@code null} when empty. */
    static String text(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        boolean gap = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == JOIN) {
                continue;
            }
            if (c == APART || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                gap = true;
            } else {
                if (gap && sb.length() > 0) {
                    sb.append(' ');
                }
                gap = false;
                sb.append(c);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /**
     * The first witness that writes the heading's own text, or the text of a run of its parts (the elements it is
     * built of, such as a kicker, the headline, a date or a comment count), differing only in the kind of its spaces
     * (an ideographic or no-break space) and of its quotation marks (straight or curly), and in the spaces and
     * separators it puts where the heading joins two elements
     * (which styling sets apart); the whole heading is tried first, then runs of fewer parts. A witness that is the
     * heading with a kicker and a colon before it ("Kicker: Headline", the kicker shown apart above the heading) is
     * taken last. {@code null} when none of this holds.
     */
    static String witnessForm(String raw, List<String> witnesses) {
        List<String> keys = new ArrayList<>(witnesses.size());
        for (String w : witnesses) {
            keys.add(w == null ? "" : TextKey.loose(w));
        }
        String whole = text(raw);
        String letters = whole == null ? "" : TextKey.loose(whole);
        boolean any = false;
        for (String k : keys) {
            any |= !k.isEmpty() && letters.contains(k); // a run of the heading's parts holds the witness's letters
        }
        List<String> parts = any ? parts(raw) : List.of();
        int n = parts.size() > MAX_PARTS ? 1 : parts.size();
        for (int len = n; len >= 1; len--) {
            for (int from = 0; from + len <= n; from++) {
                String run = len == parts.size() ? raw : String.join(String.valueOf(APART), parts.subList(from, from + len));
                String form = matching(run, witnesses, keys);
                if (form != null) {
                    return form;
                }
            }
        }
        String text = text(raw);
        for (String w : witnesses) {
            if (w == null || text == null || text.length() < TitleReconciler.MIN_CHARS) {
                continue;
            }
            String t = w.strip();
            if (TitleReconciler.hasKickerBefore(t, text) && COLON_KICKER.matcher(t).find()) {
                return t;
            }
        }
        return null;
    }

    /**
     * The first witness matching the shape of {@code raw} ({@link #shape}), or {@code null}; {@code keys} are the
     * witnesses' letters and digits ({@link org.verbatim.extract.common.TextKey#loose}).
     */
    private static String matching(String raw, List<String> witnesses, List<String> keys) {
        Pattern p = null;
        String text = text(raw);
        String letters = text == null ? "" : TextKey.loose(text);
        for (int i = 0; i < witnesses.size(); i++) {
            String w = witnesses.get(i);
            if (w == null || !keys.get(i).equals(letters) || w.strip().length() < TitleReconciler.MIN_CHARS) {
                continue; // the shape allows other spaces, quotes and separators, never other letters: no pattern
            }
            p = p == null ? Pattern.compile(shape(raw)) : p;
            if (p.matcher(w.strip()).matches()) {
                return w.strip();
            }
        }
        return null;
    }

    /** The parts of a raw heading: its texts between {@link #APART} boundaries that hold a letter or digit. */
    static List<String> parts(String raw) {
        List<String> out = new ArrayList<>(4);
        int from = 0;
        for (int i = 0; i <= raw.length(); i++) {
            if (i == raw.length() || raw.charAt(i) == APART) {
                String part = raw.substring(from, i);
                if (part.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    out.add(part);
                }
                from = i + 1;
            }
        }
        return out;
    }

    /** A pattern of the heading's text: its words quoted, spaces of any kind, separators allowed at boundaries. */
    private static String shape(String raw) {
        String s = strip(raw);
        StringBuilder re = new StringBuilder(s.length() + 16);
        int i = 0;
        while (i < s.length()) {
            int j = i;
            boolean boundary = false;
            while (j < s.length() && isGap(s.charAt(j))) {
                boundary |= s.charAt(j) == JOIN || s.charAt(j) == APART;
                j++;
            }
            if (j > i) {
                re.append(boundary ? BOUNDARY : SPACE);
                i = j;
                continue;
            }
            while (j < s.length() && !isGap(s.charAt(j))) {
                j++;
            }
            appendWord(re, s.substring(i, j));
            i = j;
        }
        return re.toString();
    }

    /** Appends a word of the heading to the pattern: quoted, with any kind of quotation mark where it has one. */
    private static void appendWord(StringBuilder re, String word) {
        int from = 0;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            String kind = DOUBLE_QUOTES.indexOf(c) >= 0 ? DOUBLE_QUOTES : SINGLE_QUOTES.indexOf(c) >= 0 ? SINGLE_QUOTES
                    : null;
            if (kind != null) {
                if (k > from) {
                    re.append(Pattern.quote(word.substring(from, k)));
                }
                re.append('[').append(Pattern.quote(kind)).append(']');
                from = k + 1;
            }
        }
        if (from < word.length()) {
            re.append(Pattern.quote(word.substring(from)));
        }
    }

    /** The raw text without gaps at either end. */
    private static String strip(CharSequence raw) {
        int from = 0;
        int to = raw.length();
        while (from < to && isGap(raw.charAt(from))) {
            from++;
        }
        while (to > from && isGap(raw.charAt(to - 1))) {
            to--;
        }
        return raw.subSequence(from, to).toString();
    }

    private static boolean isGap(char c) {
        return c == JOIN || c == APART || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * How far two titles agree: the share of the words of the one with fewer words that the other holds too (see
     * {@link #words}). "Biggest Tech events 2026" and "Top Tech Conferences 2026 – The
     * Global Events..." agree at 0.5; "Our Blog" and "Actuary's Industry Choice" at 0.
     */
    static double agreement(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        if (small.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : small) {
            shared += large.contains(w) ? 1 : 0;
        }
        return shared < Math.min(MIN_SHARED, small.size()) ? 0 : (double) shared / small.size();
    }

    /**
     * The words of a title: runs of letters and digits, lower-cased, without the function words of the languages the
     * language detector knows ("the", "in", "der"), unless the title has no other words.
     */
    static Set<String> words(String s) {
        Set<String> all = new HashSet<>();
        Set<String> content = new HashSet<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c));
            } else if (w.length() > 0) {
                String word = w.toString();
                all.add(word);
                if (!LanguageDetector.standard().isFunctionWord(word)) {
                    content.add(word);
                }
                w.setLength(0);
            }
        }
        return content.isEmpty() ? all : content;
    }
}
