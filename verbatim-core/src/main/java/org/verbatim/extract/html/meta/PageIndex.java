package org.verbatim.extract.html.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.verbatim.extract.html.dom.DomAnalyzer;
import org.verbatim.extract.html.dom.ElementListener;
import org.verbatim.extract.html.dom.FragmentMatcher;
import org.verbatim.extract.html.dom.Hints;
import org.verbatim.extract.html.dom.NodeStats;

/**
 * The elements metadata reading needs. The head is indexed by its own small traversal; the body is indexed by
 * {@link DomAnalyzer} during its single pass (before it prunes anything), so the body is walked only once.
 */
public final class PageIndex implements ElementListener {
    /** Bound on the date-like elements kept (the first ones in document order matter). */
    static final int MAX_DATE_ELEMENTS = 40;
    /** The page's dates, read relative to the day it is read. */
    final VisibleDates dates;
    final List<Element> metas = new ArrayList<>();
    final List<Element> ldScripts = new ArrayList<>();
    final List<Element> h1s = new ArrayList<>();
    /** Per {@code <h1>}: the stats of its third ancestor, whose document-order range bounds "near the headline". */
    final List<NodeStats> h1Scopes = new ArrayList<>();
    /** How many body {@code <h1>}s get their surrounding text read before pruning. */
    static final int MAX_NEAR_H1 = 3;
    /**
     * Per {@code <h1>}: the text around it read before pruning removes datelines ({@link VisibleDates#nearHeadlineText});
     * {@code null} after the first {@link #MAX_NEAR_H1} or in the head.
     */
    final List<String> h1Near = new ArrayList<>();
    /**
     * Per {@code <h1>}: its text with element boundaries marked, read before pruning can empty its parts
     * ({@link ShownHeadline#raw}); {@code null} after the first {@link ShownHeadline#MAX_H1S}, in the head, or when
     * too long to be a headline.
     */
    final List<String> h1Raw = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    /** Per {@code <time datetime>}: its document-order position. */
    final List<Integer> timeOrders = new ArrayList<>();
    Element canonical;
    /** Body elements whose class, id or itemprop suggests a shown date ({@link VisibleDates#isDateish}). */
    final List<Element> dateElements = new ArrayList<>();
    /** Body elements whose only content is a short text that may be a date ({@link VisibleDates#isDateLeaf}). */
    final List<Element> dateLeaves = new ArrayList<>();
    /** Body {@code <font>} elements of a headline size ({@link #isHeadlineFont}), the first few. */
    final List<Element> bigFonts = new ArrayList<>(2);
    /** Body elements whose class, id, rel or itemprop suggests a byline ({@link AuthorReader#isBylineish}). */
    final List<Element> bylineElements = new ArrayList<>();
    /**
     * Per byline element: its text read when indexed, before pruning can empty it ({@link AuthorReader#boundedText});
     * {@code null} when too long to be a byline.
     */
    final List<String> bylineTexts = new ArrayList<>();
    /**
     * Texts of the body elements that open with a byline label ("By", "Written by"; {@link BylinePhrase#opens}), read
     * when indexed with names in separate elements apart ({@link AuthorReader#boundedText}); an element holding only
     * the label gives its parent's text. The first {@link #MAX_PHRASES}.
     */
    final List<String> bylinePhrases = new ArrayList<>();
    /** Per byline phrase: its element's document-order position. */
    final List<Integer> phraseOrders = new ArrayList<>();
    /** Per {@code <h1>}: its document-order position (-1 in the head). */
    final List<Integer> h1Orders = new ArrayList<>();
    static final int MAX_PHRASES = 8;
    /**
     * Names that author boxes give ({@link AuthorBio#named}), read when indexed (pruning drops such boxes), the first
     * {@link #MAX_BIO_NAMES}.
     */
    final List<String> bioNames = new ArrayList<>(2);
    static final int MAX_BIO_NAMES = 4;
    /** The first figures of the body, read when indexed (pruning may empty them), for the lead image's caption. */
    final List<ArticleFacts.Figure> figures = new ArrayList<>();
    static final int MAX_FIGURES = 8;
    /**
     * The body's links ({@code <a href>}) reached by the DOM pass, before pruning, in document order: the first
     * {@link #MAX_ANCHORS}. Links in dropped landmarks (nav, footer, aside) are not reached.
     */
    final List<Element> anchors = new ArrayList<>();
    static final int MAX_ANCHORS = 3000;

    /**
     * {@link #DATEISH} and {@link #BYLINEISH} of {@code e}: {@link VisibleDates#isDateish} and {@link
     * AuthorReader#isBylineish}, with the class's part answered from a per-page memo. Both tests read the tag name,
     * class, id, itemprop and rel, and a link's href; they run on every body element, where a class string repeats on
     * many elements (about a third are distinct on a page), links included.
     */
    private int shownKinds(Element e) {
        int byClass = classKinds(e.className());
        if (!e.id().isEmpty() || e.hasAttr("itemprop") || e.hasAttr("rel") || e.normalName().equals("a")) {
            return classifyShown(e, byClass);
        }
        int kinds = (byClass & DATEISH) | ((byClass & (BYLINE_CLASS | OTHER_CLASS)) == BYLINE_CLASS ? BYLINEISH : 0);
        // the class decides, but no form control is a byline (the one test that needs the tag)
        return AuthorReader.CONTROL_TAGS.contains(e.normalName()) ? kinds & ~BYLINEISH : kinds;
    }

    /** As {@link VisibleDates#isDateish} and {@link AuthorReader#isBylineish}, the class read from its memo bits. */
    private static int classifyShown(Element e, int byClass) {
        int byId = NAMES.matches(e.id());
        int byItemprop = NAMES.matches(e.attr("itemprop"));
        boolean date = ((byClass & DATEISH) | ((byId | byItemprop) & DATE_NAME)) != 0;
        boolean hit = (byClass & BYLINE_CLASS) != 0 || ((byId | byItemprop) & BYLINE_NAME) != 0
                || AuthorReader.isBylineName(e.attr("rel"))
                || e.normalName().equals("a") && AuthorReader.isAuthorPage(e.attr("href"));
        // only the rare byline-looking elements pay for a second scan of the class
        boolean others = hit && ((byClass & BYLINE_CLASS) != 0 ? (byClass & OTHER_CLASS) != 0
                : AuthorReader.isOtherName(e.className()));
        boolean byline = hit && !others && (byId & OTHER_NAME) == 0
                && !AuthorReader.CONTROL_TAGS.contains(e.normalName());
        return (date ? DATEISH : 0) | (byline ? BYLINEISH : 0);
    }

    /**
     * The memo bits of a class attribute: {@link #DATEISH} when it is date-like, {@link #BYLINE_CLASS} when
     * byline-like, and then {@link #OTHER_CLASS} when it marks another kind of author too.
     */
    private int classKinds(String cls) {
        Integer bits = shownByClass.get(cls);
        if (bits == null) {
            int names = NAMES.matches(cls);
            boolean byline = (names & BYLINE_NAME) != 0;
            bits = ((names & DATE_NAME) != 0 ? DATEISH : 0) | (byline ? BYLINE_CLASS : 0)
                    | (byline && (names & OTHER_NAME) != 0 ? OTHER_CLASS : 0);
            shownByClass.put(cls, bits);
        }
        return bits;
    }

    /**
     * The date, byline and other-author hints ({@link VisibleDates#isDateish}, {@link AuthorReader#isBylineName},
     * {@link AuthorReader#isOtherName}) of a class, id or itemprop, read in one pass: bits {@link #DATE_NAME},
     * {@link #BYLINE_NAME}, {@link #OTHER_NAME}.
     */
    private static final FragmentMatcher.Group NAMES = new FragmentMatcher.Group(VisibleDates.DATE_MATCHER,
            AuthorReader.BYLINE_MATCHER, AuthorReader.OTHER_MATCHER);
    private static final int DATE_NAME = 1;
    private static final int BYLINE_NAME = 2;
    private static final int OTHER_NAME = 4;

    /** Shown-element kinds: date-like ({@link VisibleDates#isDateish}), byline-like ({@link AuthorReader#isBylineish}). */
    static final int DATEISH = 1;
    static final int BYLINEISH = 2;
    /** Memo bits of a class ({@link #classKinds}): byline-like, and another kind of author's. */
    private static final int BYLINE_CLASS = 4;
    private static final int OTHER_CLASS = 8;
    /** Per page: the {@link #classKinds} of each class attribute met. */
    private final Map<String, Integer> shownByClass = new HashMap<>(1024);

    /** The {@code <meta>} elements of the page, head and body, in document order (read only). */
    public List<Element> metas() {
        return java.util.Collections.unmodifiableList(metas);
    }

    /** The JSON-LD scripts of the page, in document order (read only). */
    public List<Element> ldScripts() {
        return java.util.Collections.unmodifiableList(ldScripts);
    }

    /** The {@code <time datetime>} elements of the page, in document order (read only). */
    public List<Element> times() {
        return java.util.Collections.unmodifiableList(times);
    }

    /** The body's links, before pruning, in document order (read only; see {@link #anchors}). */
    public List<Element> anchors() {
        return java.util.Collections.unmodifiableList(anchors);
    }

    /** The first two {@code <font>} elements set like a headline, for pages without {@code <h1>} (read only). */
    public List<Element> bigFonts() {
        return java.util.Collections.unmodifiableList(bigFonts);
    }

    /** An empty index whose dates are read with {@code dates}. */
    PageIndex(VisibleDates dates) {
        this.dates = java.util.Objects.requireNonNull(dates, "dates");
    }

    /** An index of the document's head; the body is added by {@link DomAnalyzer#analyze}. */
    public static PageIndex ofHead(Document doc, VisibleDates dates) {
        PageIndex ix = new PageIndex(dates);
        Element head = doc.head();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e) {
                ix.visit(e, null, -1);
            }
        }, head);
        return ix;
    }

    /** A {@code <font size>} of 5 and up (or +2 and up): the headline of pages from before CSS. */
    static boolean isHeadlineFont(Element e) {
        String size = e.attr("size").strip();
        return size.equals("5") || size.equals("6") || size.equals("7") || size.equals("+2") || size.equals("+3")
                || size.equals("+4");
    }

    /**
     * Adds the byline phrase {@code e} opens: its text, or, when that holds the label alone ("<span>By</span><a>Jane
     * Doe</a>", "<dt>Author</dt><dd>Jane Doe</dd>"), the label with the text of what follows it (its next siblings,
     * or the names of a list), else its parent's text.
     */
    private void addPhrase(Element e, int order) {
        if (AuthorReader.isOthers(e)) {
            return; // a commenter's or a teaser's byline
        }
        String text = AuthorReader.boundedText(e, AuthorReader.MAX_BYLINE_TEXT);
        if (text != null && BylinePhrase.parts(text, dates.parser()).isEmpty()) {
            Element next = e.nextElementSibling();
            // the start of what follows: a name, or a biography that opens with one ("Jane Doe is a reporter...")
            String after = next == null ? null : listedNames(next);
            if (next != null && after == null) {
                after = followingText(next);
            }
            String joined = after == null ? null : text + BylinePhrase.BOUNDARY + after;
            text = joined != null && !BylinePhrase.parts(joined, dates.parser()).isEmpty() ? joined
                    : e.parent() == null ? null : AuthorReader.boundedText(e.parent(), AuthorReader.MAX_BYLINE_TEXT);
        }
        if (text != null) {
            bylinePhrases.add(text);
            phraseOrders.add(order);
        }
    }

    /**
     * The start of the text from {@code first} on, through its following siblings ("<span>By</span><div>Jane
     * Doe,</div><div>John Roe</div>": every name of the byline, each in its own element, boundaries marked), at most
     * {@link AuthorReader#MAX_BYLINE_TEXT} characters from at most {@link #MAX_FOLLOWING} elements.
     */
    static String followingText(Element first) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (Element x = first; x != null && sb.length() < AuthorReader.MAX_BYLINE_TEXT && n++ < MAX_FOLLOWING;
             x = x.nextElementSibling()) {
            String part = AuthorReader.boundedPrefix(x, AuthorReader.MAX_BYLINE_TEXT - sb.length());
            if (!part.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : BylinePhrase.BOUNDARY).append(part);
            }
        }
        return sb.toString();
    }

    /**
     * The items of a list that follows a byline label alone ("<h6>Authors</h6><ul><li>Jane Doe</li><li>John Roe</li>
     * </ul>"), joined as the names of one byline ("Jane Doe & John Roe"); {@code null} when {@code e} is no list of
     * at most {@link #MAX_LISTED_NAMES} short items.
     */
    static String listedNames(Element e) {
        String tag = e.normalName();
        if (!tag.equals("ul") && !tag.equals("ol") || e.childrenSize() > MAX_LISTED_NAMES) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Element li : e.children()) {
            String item = li.normalName().equals("li") ? AuthorReader.boundedText(li, MAX_LISTED_CHARS) : null;
            if (item == null) {
                return null;
            }
            sb.append(sb.isEmpty() ? "" : " & ").append(item);
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    /** Most elements read after a byline label alone. */
    static final int MAX_FOLLOWING = 8;
    /** Most items of a list of names after a byline label, and most characters of one item. */
    static final int MAX_LISTED_NAMES = 8;
    static final int MAX_LISTED_CHARS = 60;

    /**
     * Reads the bylines of a small {@code <footer>} (an article's: "Posted by Jane Doe in Politics"), which the DOM
     * pass drops whole without visiting its elements; a footer longer than {@link #MAX_FOOTER_CHARS} is the site's.
     */
    private void readFooter(Element footer, int order) {
        List<Element> elements = smallElements(footer);
        for (int i = 0; elements != null && i < elements.size(); i++) {
            Element e = elements.get(i);
            if (bylinePhrases.size() < MAX_PHRASES && BylinePhrase.opens(e)) {
                addPhrase(e, order);
            }
            if (e != footer && e.attributesSize() > 0 && bylineElements.size() < MAX_DATE_ELEMENTS
                    && AuthorReader.isBylineish(e)) {
                bylineElements.add(e);
                bylineTexts.add(AuthorReader.boundedText(e, AuthorReader.MAX_BYLINE_TEXT));
            }
        }
    }

    /**
     * Reads the dates and bylines of a small {@code <aside>} (an article's facts box: "Published", "Author", beside
     * the text), which the DOM pass drops whole without visiting its elements, as if its elements were shown at the
     * aside's place; an aside longer than {@link #MAX_FOOTER_CHARS} or holding more than
     * {@link #MAX_FOOTER_ELEMENTS} elements is the site's (a sidebar of links and teasers) and is not read.
     */
    private void readAside(Element aside, int order) {
        List<Element> elements = smallElements(aside);
        for (int i = 1; elements != null && i < elements.size(); i++) { // the first is the aside itself
            Element e = elements.get(i);
            if (e.normalName().equals("time")) {
                visit(e, null, order);
            } else if (!e.normalName().equals("figure")) {
                visitShown(e, order);
            }
        }
    }

    /**
     * The elements of {@code root} (itself first) in document order, or {@code null} when it holds more than
     * {@link #MAX_FOOTER_ELEMENTS} elements or {@link #MAX_FOOTER_CHARS} characters of text: a bounded walk.
     */
    private static List<Element> smallElements(Element root) {
        List<Element> elements = new ArrayList<>();
        int[] chars = {0};
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof Element x) {
                    elements.add(x);
                } else if (node instanceof org.jsoup.nodes.TextNode t) {
                    chars[0] += t.getWholeText().strip().length(); // templates indent: spaces are no text
                }
                return elements.size() > MAX_FOOTER_ELEMENTS || chars[0] > MAX_FOOTER_CHARS ? FilterResult.STOP
                        : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(org.jsoup.nodes.Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        return elements.size() > MAX_FOOTER_ELEMENTS || chars[0] > MAX_FOOTER_CHARS ? null : elements;
    }

    /** Footers read for bylines at most (an article's comes early; a site's hangs off the body and is skipped). */
    static final int MAX_FOOTERS = 3;
    private int footersRead;
    /** Most elements of a {@code <footer>} read for bylines. */
    static final int MAX_FOOTER_ELEMENTS = 40;
    /** Longest text (whitespace included) of a {@code <footer>} read for bylines. */
    static final int MAX_FOOTER_CHARS = 1200;

    /** Records {@code e} if metadata needs it; {@code scope} and {@code order} are known only in the body. */
    @Override
    public void visit(Element e, NodeStats scope, int order) {
        switch (e.normalName()) {
            case "meta" -> metas.add(e);
            case "h1" -> visitHeadline(e, scope, order);
            case "time" -> {
                if (e.hasAttr("datetime")) {
                    times.add(e);
                    timeOrders.add(order);
                } else if (order >= 0 && dateElements.size() < MAX_DATE_ELEMENTS) {
                    dateElements.add(e);
                }
            }
            case "script" -> {
                if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                    ldScripts.add(e);
                }
            }
            case "font" -> {
                if (order >= 0 && bigFonts.size() < 2 && isHeadlineFont(e)) {
                    bigFonts.add(e);
                }
            }
            case "link" -> {
                if (canonical == null && e.hasAttr("href") && e.attr("rel").equalsIgnoreCase("canonical")) {
                    canonical = e;
                }
            }
            case "footer" -> {
                if (order >= 0) {
                    visitFooter(e, order); // dropped unvisited by the DOM pass: its bylines are read here
                    visitShown(e, order);
                }
            }
            case "aside" -> {
                if (order >= 0) {
                    visitShown(e, order);
                    visitAside(e, order); // dropped unvisited by the DOM pass: its dates and bylines are read here
                }
            }
            default -> {
                if (order >= 0) {
                    if (anchors.size() < MAX_ANCHORS && e.normalName().equals("a") && e.hasAttr("href")) {
                        anchors.add(e);
                    }
                    visitShown(e, order); // head elements are not shown
                }
            }
        }
    }

    private void visitHeadline(Element e, NodeStats scope, int order) {
        h1s.add(e);
        h1Scopes.add(scope);
        h1Near.add(order >= 0 && h1Near.size() < MAX_NEAR_H1 ? VisibleDates.nearHeadlineText(e) : null);
        h1Raw.add(order >= 0 && h1Raw.size() < ShownHeadline.MAX_H1S ? ShownHeadline.raw(e) : null);
        h1Orders.add(order);
    }

    /** Indexes a body element that may show a date, a figure or a byline. */
    private void visitShown(Element e, int order) {
        // date leaves and figures are found by tag and text, with or without attributes
        if (dateLeaves.size() < MAX_DATE_ELEMENTS && VisibleDates.isDateLeaf(e)) {
            dateLeaves.add(e);
        }
        if (figures.size() < MAX_FIGURES && e.normalName().equals("figure")) {
            figures.add(ArticleFacts.Figure.of(e));
        }
        if (bylinePhrases.size() < MAX_PHRASES && BylinePhrase.opens(e)) {
            addPhrase(e, order);
        }
        if (bioNames.size() < MAX_BIO_NAMES && e.normalName().equals("p")) {
            String name = AuthorBio.named(e, recentLines);
            if (name != null) {
                bioNames.add(name);
            }
        }
        rememberLine(e);
        if (e.attributesSize() == 0) {
            return; // no class, id, itemprop or rel: neither date-like nor byline-like
        }
        int kinds = shownKinds(e);
        if ((kinds & DATEISH) != 0 && dateElements.size() < MAX_DATE_ELEMENTS) {
            dateElements.add(e);
        }
        if ((kinds & BYLINEISH) != 0 && bylineElements.size() < MAX_DATE_ELEMENTS) {
            bylineElements.add(e);
            String text = AuthorReader.boundedText(e, AuthorReader.MAX_BYLINE_TEXT);
            bylineTexts.add(text != null ? text : AuthorReader.boxHeading(e));
        }
    }

    /**
     * The last {@link #RECENT_LINES} elements holding one short text alone ("<p>Jane Doe</p>"), latest last, for
     * author boxes whose name line the DOM pass prunes before it reaches the biography ({@link AuthorBio#named}).
     */
    private final List<Element> recentLines = new ArrayList<>(RECENT_LINES);
    static final int RECENT_LINES = 3;

    private void rememberLine(Element e) {
        if (e.childNodeSize() == 1 && e.childNode(0) instanceof org.jsoup.nodes.TextNode t
                && t.getWholeText().length() <= AuthorReader.MAX_NAME) {
            if (recentLines.size() == RECENT_LINES) {
                recentLines.remove(0);
            }
            recentLines.add(e);
        }
    }

    /** Asides read for dates and bylines at most (an article's facts box comes early; a sidebar's are many). */
    static final int MAX_ASIDES = 3;
    private int asidesRead;

    /** A small {@code <aside>} of the body, the first few ({@link #readAside}). */
    private void visitAside(Element e, int order) {
        if (asidesRead < MAX_ASIDES) {
            asidesRead++;
            readAside(e, order);
        }
    }

    /** An article's {@code <footer>} (not the site's, which hangs off the body), the first few. */
    private void visitFooter(Element e, int order) {
        Element parent = e.parent();
        if (footersRead < MAX_FOOTERS && parent != null && !parent.normalName().equals("body")) {
            footersRead++;
            readFooter(e, order);
        }
    }
}
