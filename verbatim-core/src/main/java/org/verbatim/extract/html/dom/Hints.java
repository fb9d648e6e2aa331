package org.verbatim.extract.html.dom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.verbatim.extract.common.Chars;
import org.verbatim.extract.common.Spaces;

/**
 * The named heuristics data of the HTML extractor, loaded once from resources (immutable), and a per-page cache of
 * class/id classifications (many elements share one class string).
 */
public final class Hints {
    /** Boilerplate container unless made of paragraph text. */
    public static final int STRONG = 1;
    /** Boilerplate container whatever it holds. */
    public static final int ALWAYS = 16;
    /** Boilerplate container unless it holds much paragraph text. */
    public static final int WEAK = 2;
    /** Suggests main content. */
    public static final int CONTENT = 4;
    /** A standfirst / dek element. */
    public static final int DEK = 8;

    /** One table for all class/id hint lists, giving the bits above. */
    static final HintSet TABLE = new HintSet();
    /** First words of a byline ("By", "Von", ...), lower-case. */
    public static final Set<String> BYLINE_PREFIXES = Set.copyOf(lowerAll(HintSet.readLines("byline-prefixes.txt")));
    /** Photo credit / source / copyright markers, lower-case literal phrases. */
    static final List<String> CREDIT_MARKERS = lowerAll(HintSet.readLines("credit-markers.txt"));
    /** Interface lines such as "Advertisement", lower-case. */
    public static final Set<String> UI_LINES = Set.copyOf(lowerAll(HintSet.readLines("ui-lines.txt")));
    /** Phrases of trailing promotions and furniture (newsletter pitches, "Fehler gefunden?"), lower case. */
    static final List<String> PROMO_PHRASES = lowerAll(HintSet.readLines("promo-phrases.txt"));
    /** {@link #CREDIT_MARKERS} and {@link #PROMO_PHRASES}, each searched for at once. */
    public static final org.verbatim.extract.common.Phrases CREDIT_PHRASES = new org.verbatim.extract.common.Phrases(
            CREDIT_MARKERS);
    public static final org.verbatim.extract.common.Phrases PROMO = new org.verbatim.extract.common.Phrases(PROMO_PHRASES);
    /** Labels opening a teaser inside the body ("READ MORE:", "WATCH |"), lower case. */
    public static final List<String> TEASER_LABELS = lowerAll(HintSet.readLines("teaser-labels.txt"));

    static {
        List<String> always = new ArrayList<>();
        List<String> strong = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        for (String line : HintSet.readLines("boilerplate-hints.txt")) {
            String[] parts = line.split("\\s+", 2);
            switch (parts[0]) {
                case "always" -> always.add(parts[1]);
                case "strong" -> strong.add(parts[1]);
                case "weak" -> weak.add(parts[1]);
                default -> throw new IllegalStateException("bad tier in boilerplate-hints.txt: " + line);
            }
        }
        TABLE.add(always, ALWAYS).add(strong, STRONG).add(weak, WEAK)
                .add(HintSet.readLines("content-hints.txt"), CONTENT).add(HintSet.readLines("dek-hints.txt"), DEK);
    }

    /** Ids with more parts than this are slugs; their parts are not matched (substrings never are for ids). */
    static final int MAX_ID_PARTS = 3;

    /** Expected distinct class strings and names of one page: the cache never has to grow. */
    private static final int CACHE_CAPACITY = 1024;

    /**
     * Per page: bits of whole class attributes and of single class names (one key space: a class attribute of one
     * name has that name's bits). Most elements repeat a class string seen before; utility names repeat in many
     * class strings. Ids are not cached: they are nearly all distinct.
     */
    private final Map<String, Integer> classes = new HashMap<>(CACHE_CAPACITY);

    /**
     * Per page: of each whole class attribute, its hint bits in the low half and its {@link
     * Segmenter#VOCABULARY} groups in the high half, so that an element whose class string was seen before costs one
     * lookup for both.
     */
    private final Map<String, Long> classWords = new HashMap<>(CACHE_CAPACITY);
    /** Per page: the vocabulary groups of whole class attributes and of single class names, as {@link #classes}. */
    private final Map<String, Integer> vocabByClass = new HashMap<>(CACHE_CAPACITY);

    /**
     * Of the element's class and id: the bit set of {@link #STRONG}, {@link #WEAK}, {@link #CONTENT}, {@link #DEK}
     * in the low half, and the {@link Segmenter#VOCABULARY} groups in the high half.
     */
    long classifyWithVocabulary(Element e) {
        String cls = e.className();
        String id = e.id();
        long both = cls.isEmpty() ? 0 : classWords(cls);
        if (!id.isEmpty()) {
            both |= compute(id, true) & 0xffffffffL | (long) Segmenter.VOCABULARY.nameBits(id, MAX_ID_PARTS, false) << 32;
        }
        return both;
    }

    private long classWords(String cls) {
        Long both = classWords.get(cls);
        if (both == null) {
            both = classBits(cls) & 0xffffffffL | (long) vocabulary(cls) << 32;
            classWords.put(cls, both);
        }
        return both;
    }

    /** The vocabulary groups of a (non-empty) class attribute: of its names, split as {@code split("\\s+")} splits. */
    private int vocabulary(String cls) {
        Integer cached = vocabByClass.get(cls);
        if (cached == null) {
            cached = 0;
            int i = 0;
            int n = cls.length();
            while (i < n) {
                while (i < n && Spaces.isSpace(cls.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < n && !Spaces.isSpace(cls.charAt(i))) {
                    i++;
                }
                if (start == 0 && i == n) {
                    cached = Segmenter.VOCABULARY.nameBits(cls, Integer.MAX_VALUE, true);
                } else if (i > start) {
                    cached |= nameVocabulary(cls.substring(start, i));
                }
            }
            vocabByClass.put(cls, cached);
        }
        return cached;
    }

    /**
     * The vocabulary groups of one class name of a class string of several: in the same per-page memo (a class string
     * of one name has that name's groups), since utility names recur across many class strings.
     */
    private int nameVocabulary(String name) {
        Integer bits = vocabByClass.get(name);
        if (bits == null) {
            bits = Segmenter.VOCABULARY.nameBits(name, Integer.MAX_VALUE, true);
            vocabByClass.put(name, bits);
        }
        return bits;
    }

    /**
     * The hint bits of a (non-empty) class attribute: of its names, each looked up in the same per-page memo, since
     * utility names recur across many class strings.
     */
    private int classBits(String cls) {
        Integer cached = classes.get(cls);
        if (cached != null) {
            return cached;
        }
        int bits = 0;
        int start = -1;
        for (int i = 0; i <= cls.length(); i++) {
            boolean space = i == cls.length() || Chars.isWhitespace(cls.charAt(i));
            if (space && start >= 0) {
                bits |= start == 0 && i == cls.length() ? compute(cls, false) : classBits(cls.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        classes.put(cls, bits);
        return bits;
    }

    /**
     * Bits of one class name or id. Ids are matched whole and by parts (unless they are long slugs such as
     * "zendaya-promoted-dune-..."), never by substring.
     */
    private static int compute(String name, boolean isId) {
        return TABLE.nameBits(name, isId ? MAX_ID_PARTS : Integer.MAX_VALUE, !isId);
    }

    private static List<String> lowerAll(List<String> in) {
        List<String> out = new ArrayList<>(in.size());
        for (String s : in) {
            out.add(s.toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
