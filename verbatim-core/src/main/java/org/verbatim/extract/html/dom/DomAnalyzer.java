package org.verbatim.extract.html.dom;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.verbatim.extract.common.Chars;

/**
 * One iterative pass over the body that removes boilerplate (non-content tags, hidden elements, boilerplate roles
 * and class/id hints) and measures every remaining element ({@link NodeStats}). Iterative, so any nesting depth is
 * safe; linear in the size of the DOM.
 */
public final class DomAnalyzer implements NodeFilter {
    /** Tags never part of an article's text. */
    static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas", "iframe",
            "object", "embed", "button", "input", "select", "textarea", "option", "nav", "footer", "aside", "dialog",
            "menu", "video", "audio", "map", "link", "meta", "head", "label", "math");
    /** ARIA roles of page furniture. */
    static final Set<String> DROP_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "dialog",
            "alertdialog", "search", "menu", "menubar", "toolbar", "tablist", "tab", "button", "alert", "form");
    /** Tags that start a new block (their presence as a child makes the parent a container). */
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "ul", "ol", "dl", "table",
            "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "header", "footer", "aside", "form",
            "hr", "li", "tr", "td", "th", "tbody", "thead", "center", "address", "details", "fieldset", "figcaption",
            "dd", "dt");
    /** Inline tags: their stats flow into their parent but are not kept per element. */
    static final Set<String> INLINE_TAGS = Set.of("a", "span", "b", "i", "em", "strong", "u", "s", "small", "sup",
            "sub", "abbr", "cite", "mark", "time", "img", "br", "wbr", "picture", "source", "font", "q", "code",
            "kbd", "var", "del", "ins", "bdi", "bdo", "data", "dfn", "samp", "tt");
    /** Tags that are paragraph units when they hold no block children. */
    static final Set<String> UNIT_TAGS = Set.of("p", "pre", "div", "section", "article", "center", "blockquote",
            "td", "dd");
    /** Tag kinds, as bits: one map lookup per element answers every tag-set question of the passes. */
    static final int DROP = 1;
    static final int BLOCK = 2;
    static final int INLINE = 4;
    static final int UNIT = 8;
    private static final Map<String, Integer> KINDS = kinds();

    /** A paragraph unit needs this many non-whitespace characters to count. */
    static final int MIN_UNIT_CHARS = 25;
    /**
     * A paragraph unit may have at most this share of its text in links: the same bound as the block writer's, so
     * that what is scored as body is what would be written.
     */
    static final double MAX_UNIT_LINK_DENSITY = BlockWriter.MAX_BLOCK_LINK_DENSITY;
    /** "Near the headline" is within the {@code <h1>}'s ancestor this many levels up. */
    static final int HEADLINE_SCOPE_LEVELS = 3;
    /** A heading with more than this share of its text in links is a teaser headline. */
    static final double LINK_HEADING_DENSITY = 0.5;
    /** A weakly hinted element survives when it holds at least this much good paragraph text. */
    static final int WEAK_KEEP_CHARS = 400;
    /**
     * A strongly hinted element survives when it holds at least this much good paragraph text, forming at least
     * {@link #STRONG_KEEP_SHARE} of its text: layout class names ("sidebar-grid__content", "widget") sometimes wrap
     * the article itself.
     */
    static final int STRONG_KEEP_CHARS = 1500;
    static final double STRONG_KEEP_SHARE = 0.6;
    /** A strongly hinted element that is almost only paragraph text (this share, this many chars) survives. */
    static final double PROSE_KEEP_SHARE = 0.75;
    static final int PROSE_KEEP_CHARS = 200;
    /**
     * Landmarks of page furniture that an unclosed tag can stretch over the whole page (the parser nests everything
     * after it inside): one that holds the page's {@code <main>} is a wrapper, not furniture ({@link #wrapsMain}).
     */
    static final Set<String> LANDMARK_DROPS = Set.of("aside", "nav", "footer", "menu", "dialog");
    /** A {@code <noscript>} with at least this much text is read as content ({@link #isNoscriptPage}). */
    static final int NOSCRIPT_PAGE_CHARS = 400;
    /** An {@code <article>} holding this much good text counts as one story (several in a subtree: a feed). */
    static final int ARTICLE_COUNT_CHARS = 500;
    /** An {@code <article>} holding this much good text is protected from strong hints on its ancestors. */
    static final int ARTICLE_PROTECT_CHARS = 1000;

    private final Hints hints = new Hints();
    private final Segmenter segmenter = new Segmenter();
    private final ElementListener listener;
    private final Map<Element, NodeStats> stats = new IdentityHashMap<>();
    private final ArrayDeque<NodeStats> stack = new ArrayDeque<>();
    private final List<Element> candidates = new ArrayList<>();
    private final List<Heading> deks = new ArrayList<>();
    private final List<Heading> headings = new ArrayList<>();
    private final List<Element> bodyMarkup = new ArrayList<>();
    private int anchorDepth;
    private int order;

    /**
     * The result: stats per surviving element, scoring candidates, dek elements seen (possibly removed), the
     * {@code <h1>} headings in document order, the {@code itemprop=articleBody} elements, and the class names and ids
     * of the elements reached, in document order, a class name once at most ({@link Hints#names}).
     */
    public record Analysis(Map<Element, NodeStats> stats, List<Element> candidates, List<Heading> deks,
                    List<Heading> h1s, List<Element> bodyMarkup, List<Segment> segments, int[] groupWords,
                    int[] droppedCounts, List<String> classNames) {
        public NodeStats of(Element e) {
            NodeStats s = stats.get(e);
            return s == null ? new NodeStats() : s;
        }
    }

    /** An {@code <h1>} or dek element and its document-order position (kept even when pruning removed it). */
    public record Heading(Element element, int order) {
    }

    /** Analyses {@code root} (the body), telling {@code listener} of every element before anything is pruned. */
    public static Analysis analyze(Element root, ElementListener listener) {
        DomAnalyzer a = new DomAnalyzer(listener);
        a.stack.push(new NodeStats()); // sink for the root's parent
        NodeTraversor.filter(a, root);
        return new Analysis(a.stats, a.candidates, a.deks, a.headings, a.bodyMarkup, a.segmenter.segments(),
                a.segmenter.groupWords(), a.segmenter.droppedCounts(), a.hints.names());
    }

    private DomAnalyzer(ElementListener listener) {
        this.listener = listener;
    }

    /** The {@link #DROP}, {@link #BLOCK}, {@link #INLINE} and {@link #UNIT} bits of a (normal) tag name. */
    static int kind(String tag) {
        Integer k = KINDS.get(tag);
        return k == null ? 0 : k;
    }

    /** Whether the tag starts a new block (see {@link #BLOCK_TAGS}). */
    static boolean isBlock(String tag) {
        return (kind(tag) & BLOCK) != 0;
    }

    private static Map<String, Integer> kinds() {
        Map<String, Integer> m = new HashMap<>();
        DROP_TAGS.forEach(t -> m.merge(t, DROP, (a, b) -> a | b));
        BLOCK_TAGS.forEach(t -> m.merge(t, BLOCK, (a, b) -> a | b));
        INLINE_TAGS.forEach(t -> m.merge(t, INLINE, (a, b) -> a | b));
        UNIT_TAGS.forEach(t -> m.merge(t, UNIT, (a, b) -> a | b));
        return Map.copyOf(m);
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            String text = t.getWholeText();
            countText(segmenter.text(t, text, anchorDepth > 0), segmenter.scannedCommas());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.SKIP_ENTIRELY; // comments, doctype, data nodes: no text, and no costly DOM edit
        }
        String tag = e.normalName();
        listener.visit(e, tag.equals("h1") ? ancestorStats(HEADLINE_SCOPE_LEVELS) : null, order);
        int kind = kind(tag);
        if (depth > 0 && (kind & DROP) != 0 && !isNoscriptPage(e, tag)) {
            if (!wrapsMain(e, tag)) {
                segmenter.dropped(tag, kind);
                return FilterResult.REMOVE;
            }
            kind = BLOCK; // an unclosed landmark that swallowed the page: read it like any container
        }
        NodeStats s = new NodeStats();
        s.kind = kind;
        s.order = order++;
        if (tag.equals("h1")) {
            headings.add(new Heading(e, s.order));
        }
        if (e.attributesSize() > 0) {
            readAttributes(e, tag, s); // most elements have none: skip every attribute lookup
        } else if (tag.equals("main")) {
            s.marker = true;
        }
        s.article = tag.equals("article");
        if (tag.equals("a")) {
            anchorDepth++;
        }
        segmenter.start(e, tag, s, stack.peek(), depth);
        stack.push(s);
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
            return FilterResult.CONTINUE;
        }
        NodeStats s = stack.pop();
        String tag = e.normalName();
        if (tag.equals("a")) {
            anchorDepth--;
        }
        s.end = order;
        markUnit(s, tag);
        if (tag.equals("table")) {
            s.tables++;
        }
        if (isSubheading(tag) && s.text > 0) {
            if (s.linkDensity() > LINK_HEADING_DENSITY) {
                s.linkHeads++;
            } else {
                s.heads = s.text;
            }
        }
        if (tag.equals("h1") && s.text > 0) {
            s.h1s++;
        } else if (s.article && s.good >= ARTICLE_COUNT_CHARS && s.articles == 0) {
            s.articles = 1;
        }
        segmenter.end(e, s);
        if (depth > 0 && isBoilerplate(s, tag)) {
            segmenter.pruned(s, tier(s, tag));
            return FilterResult.REMOVE;
        }
        if ((s.kind & INLINE) == 0 || s.blockChild || s.marker) {
            stats.put(e, s); // later stages ask only about blocks and containers: keep the map small
        }
        if (s.d1 > 0) {
            candidates.add(e);
        }
        propagate(s, stack.peek(), tag);
        return FilterResult.CONTINUE;
    }

    /** Hints from class, id, role, hidden state and itemprop. */
    private void readAttributes(Element e, String tag, NodeStats s) {
        long classWords = hints.classifyWithVocabulary(e);
        s.hints = (int) classWords;
        s.vocab = (int) (classWords >>> 32);
        String role = e.attr("role");
        if (isHidden(e) || !role.isEmpty() && DROP_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            s.hints |= Hints.ALWAYS;
        }
        if (e.attr("aria-hidden").equals("true")) {
            // hidden from screen readers only: a hidden paragraph is paywalled prose, a hidden container a widget
            s.hints |= tag.equals("p") ? Hints.STRONG : Hints.ALWAYS;
        }
        if ((s.hints & Hints.DEK) != 0 && deks.size() < 8) {
            deks.add(new Heading(e, s.order));
        }
        boolean bodyProp = e.attr("itemprop").equalsIgnoreCase("articleBody");
        if (bodyProp) {
            bodyMarkup.add(e);
        }
        s.marker = bodyProp || tag.equals("main");
    }

    /** The stats of the {@code levels}-th open ancestor (1 = parent), or the outermost one. */
    private NodeStats ancestorStats(int levels) {
        NodeStats found = null;
        int i = 0;
        for (NodeStats s : stack) {
            found = s;
            if (++i == levels) {
                break;
            }
        }
        return found;
    }

    /** Whether {@code e} is a {@link #LANDMARK_DROPS} element holding a {@code <main>}. */
    static boolean wrapsMain(Element e, String tag) {
        if (!LANDMARK_DROPS.contains(tag) || e.childNodeSize() == 0) {
            return false;
        }
        boolean[] found = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element el)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                found[0] = el.normalName().equals("main");
                return found[0] ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e); // stops at the first: no list of every <main> is built
        return found[0];
    }

    /**
     * A {@code <noscript>} holding a page's worth of text is the page as readers without scripts get it (forums and
     * single-page applications render their posts there): it is read like any container. Counting stops at the
     * threshold, so a large one costs no more than a small one.
     */
    static boolean isNoscriptPage(Element e, String tag) {
        if (!tag.equals("noscript") || e.childNodeSize() == 0) {
            return false;
        }
        int[] chars = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    chars[0] += t.getWholeText().strip().length();
                }
                return chars[0] >= NOSCRIPT_PAGE_CHARS ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e);
        return chars[0] >= NOSCRIPT_PAGE_CHARS;
    }

    /** The pruning tier of a boilerplate element, for the segments it held: 3 always, 2 strong, 1 weak. */
    private static int tier(NodeStats s, String tag) {
        if ((s.hints & Hints.ALWAYS) != 0) {
            return 3;
        }
        return (s.hints & Hints.STRONG) != 0 ? 2 : 1;
    }

    /**
     * Adds a text node's counts, read by the segmenter's pass over it ({@link Segmenter#text}), to the innermost open
     * element: its non-whitespace characters and commas.
     */
    private void countText(int chars, int commas) {
        NodeStats top = stack.peek();
        top.text += chars;
        top.commas += commas;
        if (anchorDepth > 0) {
            top.link += chars;
        }
    }

    /**
     * Hidden elements are decided at their end like "always" hints: hidden content that is mostly paragraph text is
     * deferred content (streaming renderers park it in {@code <div hidden>}), the rest is not shown.
     */
    public static boolean isHidden(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && isHiddenStyle(style);
    }

    public static boolean isSubheading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '6';
    }

    static boolean isHiddenStyle(String style) {
        String lower = style.toLowerCase(Locale.ROOT);
        if (!lower.contains("none") && !lower.contains("hidden")) {
            return false; // cheap check first: most styles are neither
        }
        String s = lower.replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** Decides at the end of an element whether it is a good paragraph unit, and scores it. */
    private static void markUnit(NodeStats s, String tag) {
        boolean unitTag = tag.equals("p") || tag.equals("pre") || (!s.blockChild && (s.kind & UNIT) != 0);
        if (!unitTag || s.text < MIN_UNIT_CHARS || s.linkDensity() > MAX_UNIT_LINK_DENSITY) {
            return;
        }
        if (s.paras > 0) {
            return; // a <p> wrapping good paragraphs (invalid nesting) is already counted through them
        }
        s.good = s.text;
        s.paras = 1;
        s.unitScore = 1 + s.commas + Math.min(s.text / 100.0, 3);
    }

    private static boolean isBoilerplate(NodeStats s, String tag) {
        if (tag.equals("body") || tag.equals("html") || s.marker) {
            return false;
        }
        boolean protectedArticle = s.article && s.good >= ARTICLE_PROTECT_CHARS;
        boolean mostlyBody = s.good >= STRONG_KEEP_CHARS && s.good >= STRONG_KEEP_SHARE * s.text;
        if ((s.hints & Hints.ALWAYS) != 0) {
            return !protectedArticle && !mostlyBody;
        }
        if ((s.hints & Hints.STRONG) != 0) {
            boolean prose = s.good >= PROSE_KEEP_CHARS && s.good + s.heads >= PROSE_KEEP_SHARE * s.text;
            return !protectedArticle && !mostlyBody && !prose;
        }
        boolean weak = (s.hints & Hints.WEAK) != 0 || tag.equals("header");
        return weak && !protectedArticle && s.good < WEAK_KEEP_CHARS;
    }

    private static void propagate(NodeStats s, NodeStats parent, String tag) {
        parent.text += s.text;
        parent.link += s.link;
        parent.good += s.good;
        parent.paras += s.paras;
        parent.commas += s.commas;
        parent.d1 += s.unitScore;
        parent.d2 += s.d1;
        parent.d3 += s.d2;
        parent.marker |= s.marker;
        parent.articles += s.articles;
        parent.h1s += s.h1s;
        parent.tables += s.tables;
        parent.linkHeads += s.linkHeads;
        parent.heads += s.heads;
        parent.article |= s.article && s.good >= ARTICLE_PROTECT_CHARS;
        if ((s.kind & BLOCK) != 0) {
            parent.blockChild = true;
        }
    }
}
