package org.verbatim.extract.html.meta;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.verbatim.extract.common.Spaces;
import org.verbatim.extract.common.TextKey;
import org.verbatim.extract.html.dom.DomAnalyzer;
import org.verbatim.extract.html.dom.TextCollector;

/**
 * Chooses the standfirst among what the page shows and what it declares. In order of trust:
 * <ol>
 * <li>a dek element (class/id hint) placed right after the headline: the visible standfirst, whatever the
 * description says (descriptions are often rewritten for search engines or social cards);</li>
 * <li>the paragraph right after the headline that stands apart from the body and that the description confirms
 * (publishers mark their standfirst in ways no hint list covers, but the description repeats it);</li>
 * <li>the first dek element anywhere, when the description confirms it or there is no description: a dek the
 * description does not confirm is often a teaser, a comment-form prompt or an opinion label;</li>
 * <li>the description, cleaned of entity references and a site-name trailer.</li>
 * </ol>
 */
public final class StandfirstChooser {
    /** Share of the description's words a dek must contain to be confirmed. */
    static final double MIN_AGREEMENT = 0.5;
    /** Share of a dek's words the description must hold to agree with it as a part. */
    static final double PART_AGREEMENT = 0.8;
    /** Same-class siblings appended to a dek as its continuation. */
    static final int MAX_CONTINUATIONS = 4;
    /** A dek element at most this many elements after the end of the headline is "right after" it. */
    static final int NEAR_HEADLINE_GAP = 8;
    /** Bounds on the length of a standfirst taken from an element. */
    public static final int MIN_CHARS = 30;
    public static final int MAX_CHARS = 600;
    /** A description with fewer words than this and no sentence punctuation is a label. */
    static final int LABEL_WORDS = 4;
    static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?\u3002\uff01\uff1f\u2026]");
    /** Siblings looked at after the headline for an undeclared standfirst paragraph. */
    static final int LEAD_SIBLINGS = 3;
    /** Tags an undeclared standfirst paragraph may have. */
    static final List<String> LEAD_TAGS = List.of("p", "h2", "div");
    /** Letters and digits of a dateline before a lede that a description copies. */
    static final int MAX_DATELINE_CHARS = 60;
    /** Words of a dateline, and the fewest words of a description judged as a condensed lede. */
    static final int MAX_DATELINE_WORDS = 10;
    static final int MIN_CONDENSED_WORDS = 6;
    /** Nodes of the content root looked at for its first paragraph (bounds the cost on pages without {@code <p>}). */
    static final int MAX_LEAD_NODES = 400;
    /** Tags that set a whole paragraph in bold. */
    static final List<String> BOLD_TAGS = List.of("strong", "b");
    /** Tags of an italic dek line on pages without classes. */
    static final List<String> ITALIC_TAGS = List.of("i", "em");

    private StandfirstChooser() {
    }

    /** What the standfirst is chosen from; any may be {@code null}. */
    public record Sources(String nearDek, String firstDek, String agreedDek, String leadAfterHeadline, String description) {
        Sources(String nearDek, String firstDek, String leadAfterHeadline, String description) {
            this(nearDek, firstDek, null, leadAfterHeadline, description);
        }
    }

    /** A chosen standfirst and whether it is shown on the page (so must not be repeated in the body). */
    public record Choice(String text, boolean shown) {
        static final Choice NONE = new Choice(null, false);
    }

    /** The standfirst, {@link Choice#NONE} when there is none. */
    public static Choice choose(Sources s) {
        if (s.nearDek() != null) {
            boolean disowned = s.description() != null && !agrees(s.description(), s.nearDek());
            // a heading right after the headline that the description ignores, while it repeats a later dek
            return new Choice(disowned && s.agreedDek() != null ? s.agreedDek() : s.nearDek(), true);
        }
        if (s.leadAfterHeadline() != null && s.description() != null && confirms(s.description(),
                s.leadAfterHeadline())) {
            return new Choice(s.leadAfterHeadline(), true);
        }
        if (s.description() != null && isLabel(s.description())) {
            return Choice.NONE; // a rubric or byline as description: nothing declared, and nothing to confirm a dek
        }
        String c = choose(s.firstDek(), s.description());
        return c == null ? Choice.NONE : new Choice(c, c == s.firstDek());
    }

    /** The standfirst between a dek found anywhere and the description, or {@code null}. */
    static String choose(String dek, String description) {
        if (dek == null || description == null) {
            return dek != null ? dek : description;
        }
        return confirms(description, dek) ? dek : description;
    }

    private static boolean confirms(String description, String text) {
        return TitleReconciler.overlap(description, text) >= MIN_AGREEMENT;
    }

    /**
     * Whether the description and a dek agree: the dek holds most of the description, or the description holds
     * nearly all of the dek (a dek split over several elements, of which this is one).
     */
    public static boolean agrees(String description, String dek) {
        return confirms(description, dek) || TitleReconciler.overlap(dek, description) >= PART_AGREEMENT;
    }

    /**
     * The text of the dek at {@code i} followed by the deks right after it with the same class (one standfirst
     * written as several paragraphs; pruning may have detached them, so the list order is used, not siblings), on
     * one line.
     */
    public static String withContinuation(List<DomAnalyzer.Heading> deks, int i) {
        Element dek = deks.get(i).element();
        StringBuilder sb = new StringBuilder(TextCollector.text(dek).replace('\n', ' '));
        int end = deks.get(i).order() + dek.getAllElements().size();
        boolean paragraph = !DomAnalyzer.isSubheading(dek.normalName()); // two subtitle headings are two deks
        for (int k = i + 1; paragraph && k < deks.size() && k <= i + MAX_CONTINUATIONS
                && !dek.className().isEmpty() && sb.length() <= MAX_CHARS; k++) {
            Element n = deks.get(k).element();
            if (!n.className().equals(dek.className()) || deks.get(k).order() != end) {
                break;
            }
            sb.append(' ').append(TextCollector.text(n).replace('\n', ' '));
            end += n.getAllElements().size();
        }
        return sb.toString();
    }

    /**
     * The description as a standfirst: entity references left by double escaping decoded, whitespace collapsed, and
     * a site-name trailer removed ("... | Example News", "... - Example News": the known site name, or the trailer
     * the {@code <title>} ends with too). {@code null} when nothing is left.
     */
    public static String cleanDescription(String description, String siteName, String docTitle) {
        if (description == null) {
            return null;
        }
        String d = description.indexOf('&') < 0 ? description : Parser.unescapeEntities(description, false);
        d = Spaces.collapse(d.strip());
        d = withoutSiteTrailer(d, siteName == null ? "" : TextKey.loose(siteName), docTitle);
        return d.isEmpty() ? null : d;
    }

    /** {@link #cleanDescription} without a {@code <title>}. */
    static String cleanDescription(String description, String siteName) {
        return cleanDescription(description, siteName, null);
    }

    private static String withoutSiteTrailer(String d, String site, String docTitle) {
        for (String sep : TitleReconciler.TRAILER_SEPARATORS) {
            int i = d.lastIndexOf(sep);
            if (i <= 0) {
                continue;
            }
            String tail = d.substring(i + sep.length()).strip();
            String nt = TextKey.loose(tail);
            boolean known = !site.isEmpty() && nt.equals(site);
            boolean titled = docTitle != null && !nt.isEmpty() && Spaces.words(tail) <= SiteNames.MAX_SITE_WORDS
                    && docTitle.strip().endsWith(sep.strip() + " " + tail);
            if (known || titled) {
                return d.substring(0, i).strip();
            }
        }
        return d;
    }

    /** A short text without sentence punctuation: a rubric or a slogan, not a summary. */
    static boolean isLabel(String s) {
        return Spaces.words(s) < LABEL_WORDS && !SENTENCE_END.matcher(s).find();
    }

    /**
     * Whether a description is a copy of the lede: the same text, or its beginning cut short (perhaps after a
     * dateline such as "LONDON, May 6 (Agency) -"). Compared on letters and digits only.
     */
    public static boolean copiesLede(String description, String lede) {
        if (description == null) {
            return false;
        }
        String d = TextKey.loose(description);
        String l = TextKey.loose(lede);
        if (d.isEmpty() || d.length() > l.length()) {
            return false;
        }
        int at = l.indexOf(d);
        boolean cutShort = at >= 0 && at + d.length() < l.length();
        // the whole text after a dateline is a standfirst the page repeats as a paragraph ("Berlin. ..."), not a copy
        return at == 0 && !cutShort || cutShort && at <= MAX_DATELINE_CHARS || condenses(description, lede);
    }

    /**
     * Whether every word of {@code description} occurs, in order, in the first sentence-worth of {@code lede} (at
     * most twice as many words), which is longer: the lede with clauses left out, as wire services write their
     * summaries.
     */
    static boolean condenses(String description, String lede) {
        String[] d = words(description);
        String[] l = words(lede);
        if (d.length < MIN_CONDENSED_WORDS || d.length >= l.length) {
            return false;
        }
        int j = 0;
        int first = -1;
        int last = -1;
        int limit = Math.min(l.length, 2 * d.length + MAX_DATELINE_WORDS);
        for (int i = 0; i < limit && j < d.length; i++) {
            if (l[i].equals(d[j])) {
                first = j == 0 ? i : first;
                last = i;
                j++;
            }
        }
        // words left out in between: condensed; one unbroken run is a copy judged by copiesLede itself
        return j == d.length && last - first + 1 > d.length;
    }

    private static String[] words(String s) {
        return TextKey.NON_WORD.matcher(s.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip().split(" ");
    }

    /** Whether a dek element starting at document order {@code order} sits right after the headline. */
    public static boolean nearHeadline(int order, DomAnalyzer.Heading h1) {
        if (h1 == null) {
            return false;
        }
        int end = h1.order() + h1.element().getAllElements().size(); // first order after the <h1>'s subtree
        return order >= end && order - end <= NEAR_HEADLINE_GAP;
    }

    /**
     * The text of the paragraph right after the headline (a following sibling of the {@code <h1>}, after at most a
     * few short ones such as a byline or a date) when it stands apart from the body: the next substantial sibling is
     * not another element of its kind. {@code null} when there is none.
     */
    public static String leadAfterHeadline(Element h1) {
        if (h1 == null) {
            return null;
        }
        Element e = h1.nextElementSibling();
        if (e == null && h1.parent() != null && !h1.parent().normalName().equals("body")) {
            e = h1.parent().nextElementSibling(); // <header><h1>..</h1></header><p>..</p>
        }
        for (int i = 0; e != null && i < LEAD_SIBLINGS; i++, e = e.nextElementSibling()) {
            int n = boundedLength(e, MAX_CHARS + 1);
            if (n < MIN_CHARS) {
                continue;
            }
            if (!LEAD_TAGS.contains(e.normalName()) || n > MAX_CHARS || sameKindFollows(e)) {
                return null;
            }
            String t = TextCollector.text(e);
            return t.indexOf('\n') >= 0 ? null : t; // several lines: a container, not one paragraph
        }
        return null;
    }

    /**
     * The text of an italic line right after the headline ({@code <i>} or {@code <em>} among its next siblings,
     * after line breaks only): the dek of pages without classes or a description. {@code null} when there is none.
     */
    public static String italicLineAfterHeadline(Element headline) {
        Element e = headline == null ? null : headline.nextElementSibling();
        while (e != null && e.normalName().equals("br")) {
            e = e.nextElementSibling();
        }
        if (e == null || !ITALIC_TAGS.contains(e.normalName())) {
            return null;
        }
        String t = TextCollector.text(e).replace('\n', ' ');
        return t.length() >= MIN_CHARS && t.length() <= MAX_CHARS ? t : null;
    }

    /**
     * The text of the first substantial paragraph of the content root when it is set in bold as a whole (one
     * {@code <strong>} or {@code <b>} holding all its text) and the description is not word for word the same: the
     * standfirst of many templates that mark it by style only. A bold paragraph the description repeats exactly is
     * left to the body: measured, such pages are as often a plain lede set in bold (and the reference outputs of
     * the readability benchmark keep it as body). {@code null} otherwise.
     */
    public static String boldLead(Element root, String description) {
        Element[] found = {null};
        int[] seen = {0};
        if (root != null) {
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (++seen[0] > MAX_LEAD_NODES) {
                        return FilterResult.STOP; // no paragraph near the start: not a page with a bold lead
                    }
                    if (node instanceof Element e && e.normalName().equals("p")
                            && boundedLength(e, MIN_CHARS) >= MIN_CHARS) {
                        found[0] = e;
                        return FilterResult.STOP;
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    return FilterResult.CONTINUE;
                }
            }, root);
        }
        Element p = found[0];
        if (p == null || !whollyBold(p)) {
            return null;
        }
        String t = TextCollector.text(p).replace('\n', ' ');
        boolean repeated = description != null && TextKey.loose(description).equals(TextKey.loose(t));
        return t.length() <= MAX_CHARS && !repeated ? t : null;
    }

    private static boolean whollyBold(Element p) {
        Element bold = null;
        for (Node n : p.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return false;
            }
            if (n instanceof Element e) {
                if (bold != null || !BOLD_TAGS.contains(e.normalName())) {
                    return false;
                }
                bold = e;
            }
        }
        return bold != null;
    }

    private static boolean sameKindFollows(Element e) {
        Element n = e.nextElementSibling();
        for (int i = 0; n != null && i < LEAD_SIBLINGS; i++, n = n.nextElementSibling()) {
            if (boundedLength(n, MIN_CHARS) >= MIN_CHARS) {
                return n.normalName().equals(e.normalName());
            }
        }
        return false;
    }

    /** The number of non-whitespace characters of {@code e}'s text, counting no further than {@code limit}. */
    public static int boundedLength(Element e, int limit) {
        int[] n = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length() && n[0] < limit; i++) {
                        n[0] += Character.isWhitespace(s.charAt(i)) ? 0 : 1;
                    }
                }
                return n[0] >= limit ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e);
        return n[0];
    }
}
