package org.verbatim.extract.html.dom;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.verbatim.extract.common.Chars;

/**
 * Cuts the body into {@link Segment}s during {@link DomAnalyzer}'s single pass: it is told of every element's start
 * and end, every text node and every pruning, and keeps the structure flags and class/id vocabulary of the open
 * elements as it goes, so no element is looked at twice.
 */
public final class Segmenter {
    /** Structure flags of an element and its ancestors. */
    static final int IN_ARTICLE = 1;
    static final int IN_MAIN = 1 << 1;
    static final int IN_HEADER = 1 << 2;
    public static final int IN_TABLE = 1 << 3;
    static final int IN_LIST = 1 << 4;
    public static final int IN_ITEM = 1 << 5;
    public static final int IN_HEADING = 1 << 6;
    static final int IN_LINK = 1 << 7;
    public static final int IN_FORM = 1 << 8;
    static final int IN_QUOTE = 1 << 9;
    static final int IN_FIGURE = 1 << 10;
    static final int IN_SECTION = 1 << 11;
    public static final int IN_PRE = 1 << 12;
    static final int IN_STRONG = 1 << 13;
    static final int IN_ADDRESS = 1 << 14;
    static final int IN_DETAILS = 1 << 15;
    public static final int IN_H1 = 1 << 16;
    static final int IN_LABELLED = 1 << 17;
    /** Drop tags that end a segment when met (the others sit inside running text: buttons, icons, scripts). */
    private static final java.util.Set<String> BREAKING_DROPS = java.util.Set.of("nav", "menu", "dialog", "iframe",
            "video", "audio", "object", "embed", "canvas", "template", "math", "map", "footer", "aside", "select",
            "textarea");

    /** The class/id vocabulary groups ({@code content-vocabulary.txt}), as bits in group order. */
    static final HintSet VOCABULARY = new HintSet();
    public static final List<String> GROUPS;

    static {
        Map<String, List<String>> groups = new java.util.LinkedHashMap<>();
        for (String line : HintSet.readLines("content-vocabulary.txt")) {
            String[] parts = line.split("\\s+", 2);
            groups.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1]);
        }
        if (groups.size() > 31) {
            throw new IllegalStateException("content-vocabulary.txt has more than 31 groups");
        }
        int bit = 1;
        for (List<String> words : groups.values()) {
            VOCABULARY.add(words, bit);
            bit <<= 1;
        }
        GROUPS = List.copyOf(groups.keySet());
    }

    private final List<Segment> segments = new ArrayList<>();
    /** Open block elements (the owners of new segments), innermost first. */
    private final ArrayDeque<Element> blocks = new ArrayDeque<>();
    private final ArrayDeque<NodeStats> blockStats = new ArrayDeque<>();
    private Segment open;
    private int tick;
    /** Per {@link WordGroups} group, the words of the page in it. */
    private final int[] groupWords = new int[16];

    List<Segment> segments() {
        return segments;
    }

    /** Per {@link WordGroups} group, the page's words in it (shared: do not modify). */
    int[] groupWords() {
        return groupWords;
    }

    /** An element starts; {@code parent} is the stats of its parent (never {@code null}: the root has a sink). */
    void start(Element e, String tag, NodeStats s, NodeStats parent, int depth) {
        s.tin = tick++;
        s.depth = depth;
        s.pathFlags = parent.pathFlags | flags(e, tag);
        s.pathHints = parent.pathHints | s.hints;
        // s.vocab: set by the DOM pass with the element's hints (Hints#classifyWithVocabulary), 0 without attributes
        s.farVocab = parent.farVocab | s.vocab;
        s.nearVocab = s.vocab | parent.vocab | parent.parentVocab;
        s.parentVocab = parent.vocab;
        s.parent = parent;
        if ((s.kind & DomAnalyzer.BLOCK) != 0 || blocks.isEmpty()) {
            close();
            blocks.push(e);
            blockStats.push(s);
        }
        if (tag.equals("br") && open != null) {
            open.nodes.add(e);
        }
    }

    /** Families of dropped elements counted for the page classifier, and the tags of each. */
    public static final List<String> DROPPED_FAMILIES = List.of("nav", "aside", "footer", "controls", "media", "drawings");
    private final int[] dropped = new int[DROPPED_FAMILIES.size()];

    /** Per {@link #DROPPED_FAMILIES} family, how many such elements the pass dropped (shared: do not modify). */
    int[] droppedCounts() {
        return dropped;
    }

    private static int family(String tag) {
        return switch (tag) {
            case "nav", "menu" -> 0;
            case "aside" -> 1;
            case "footer" -> 2;
            case "button", "input", "select", "textarea", "option", "label" -> 3;
            case "iframe", "video", "audio", "object", "embed" -> 4;
            case "svg", "canvas", "math" -> 5;
            default -> -1;
        };
    }

    /** A drop tag was removed before being read: a structural one ends the running segment. */
    void dropped(String tag, int kind) {
        int f = family(tag);
        if (f >= 0) {
            dropped[f]++;
        }
        if ((kind & DomAnalyzer.BLOCK) != 0 || BREAKING_DROPS.contains(tag)) {
            close();
        }
    }

    /** An element ends (its stats complete). */
    void end(Element e, NodeStats s) {
        s.tout = tick++;
        if (!blocks.isEmpty() && blocks.peek() == e) {
            close();
            blocks.pop();
            blockStats.pop();
        }
    }

    /** The element of {@code s} is pruned as boilerplate of the given tier: its segments are marked. */
    void pruned(NodeStats s, int tier) {
        for (int i = firstAfter(s.tin); i < segments.size() && segments.get(i).tick < tick; i++) {
            Segment seg = segments.get(i);
            if (seg.pruned == 0) {
                seg.pruned = tier;
            }
        }
    }

    private int firstAfter(int tin) {
        int lo = 0;
        int hi = segments.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (segments.get(mid).tick <= tin) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Adds a text node, counted in the one pass over its chars that the DOM pass makes ({@link #scan}): returns its
     * non-whitespace characters (not counting control characters and no-break spaces); {@link #scannedCommas} gives
     * its commas. A node without such characters opens no segment (a space between words joins an open one).
     */
    int text(TextNode t, String text, boolean inLink) {
        int chars = scan(text);
        if (chars == 0) {
            if (open != null) {
                open.nodes.add(t); // a space between words
            }
            return 0;
        }
        if (open == null) {
            NodeStats owner = blockStats.peek();
            NodeStats container = owner.parent != null ? owner.parent : owner;
            open = new Segment(segments.size(), tick, blocks.peek(), owner, container, owner.pathFlags,
                    owner.pathHints, owner.nearVocab, owner.farVocab, owner.depth);
            segments.add(open);
        }
        Segment seg = open;
        seg.nodes.add(t);
        seg.chars += chars;
        if (inLink) {
            seg.link += chars;
        }
        seg.words += scanWords;
        seg.capitalWords += scanCapitalWords;
        seg.digits += scanDigits;
        seg.commas += scanCommas;
        seg.sentenceEnds += scanSentenceEnds;
        seg.wordGroups |= scanWordGroups;
        seg.last = scanLast; // a text with a counted character sets it
        return chars;
    }

    /** Commas of the text {@link #text} read last. */
    int scannedCommas() {
        return scanCommas;
    }

    private void close() {
        open = null;
    }

    /** The counts of the text {@link #scan} read last, added to a segment only when it holds characters. */
    private int scanWords;
    private int scanCapitalWords;
    private int scanDigits;
    private int scanCommas;
    private int scanSentenceEnds;
    private int scanWordGroups;
    private char scanLast;

    /**
     * Counts {@code text} into the {@code scan*} fields and returns its non-whitespace characters above a space (what
     * the element's text length counts); word groups of its words are added to {@link #groupWords} as they end (a
     * text without such characters has no words).
     */
    private int scan(String text) {
        int chars = 0;
        int words = 0;
        int capitals = 0;
        int digits = 0;
        int commas = 0;
        int sentenceEnds = 0;
        int groups = 0;
        char last = 0;
        boolean inWord = false;
        long hash = WordGroups.START;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Chars.isLetterOrDigit(c)) {
                chars++;
                if (!inWord) {
                    words++;
                    if (Chars.isUpperCase(c)) {
                        capitals++;
                    }
                    hash = WordGroups.START;
                }
                if (c <= '9' && c >= '0') {
                    digits++;
                }
                hash = WordGroups.step(hash, Chars.toLowerCase(c));
                inWord = true;
                last = c;
                continue;
            }
            if (inWord) {
                groups |= wordEnd(hash);
            }
            inWord = false;
            if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
                commas++;
            } else if (c == '.' || c == '!' || c == '?' || c == '\u3002' || c == '\uff01' || c == '\uff1f') {
                if (i + 1 == n || Chars.isWhitespace(text.charAt(i + 1)) || c >= '\u3002') {
                    sentenceEnds++;
                }
            }
            if (!Chars.isWhitespace(c) && c != '\u00a0') {
                last = c;
                if (c > ' ') {
                    chars++;
                }
            }
        }
        if (inWord) {
            groups |= wordEnd(hash); // a word cut by an inline tag ("<b>Pri</b>ce") counts as two pieces: rare
        }
        scanWords = words;
        scanCapitalWords = capitals;
        scanDigits = digits;
        scanCommas = commas;
        scanSentenceEnds = sentenceEnds;
        scanWordGroups = groups;
        scanLast = last;
        return chars;
    }

    /** The word groups of a word ending with {@code hash}, each counted in {@link #groupWords}. */
    private int wordEnd(long hash) {
        int g = WordGroups.groups(hash);
        for (int b = 0, rest = g; rest != 0; b++, rest >>>= 1) {
            groupWords[b] += rest & 1;
        }
        return g;
    }

    private static int flags(Element e, String tag) {
        int f = switch (tag) {
            case "article" -> IN_ARTICLE;
            case "main" -> IN_MAIN;
            case "header" -> IN_HEADER;
            case "table" -> IN_TABLE;
            case "ul", "ol", "dl" -> IN_LIST;
            case "li", "dt", "dd" -> IN_ITEM;
            case "h1" -> IN_HEADING | IN_H1;
            case "h2", "h3", "h4", "h5", "h6" -> IN_HEADING;
            case "a" -> IN_LINK;
            case "form", "fieldset" -> IN_FORM;
            case "blockquote", "q" -> IN_QUOTE;
            case "figure", "figcaption", "picture" -> IN_FIGURE;
            case "section" -> IN_SECTION;
            case "pre", "code" -> IN_PRE;
            case "strong", "b" -> IN_STRONG;
            case "address" -> IN_ADDRESS;
            case "details", "summary" -> IN_DETAILS;
            default -> 0;
        };
        if (e.attributesSize() > 0) {
            String role = e.attr("role");
            if (role.equals("main")) {
                f |= IN_MAIN;
            } else if (role.equals("article")) {
                f |= IN_ARTICLE;
            }
            if (e.hasAttr("aria-label") || e.hasAttr("aria-labelledby")) {
                f |= IN_LABELLED;
            }
        }
        return f;
    }
}
