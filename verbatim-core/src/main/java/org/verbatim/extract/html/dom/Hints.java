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
    /** Words naming other articles in the label of a list of links ("Other local stories:"), lower case. */
    public static final Set<String> TEASER_LIST_WORDS = Set.copyOf(lowerAll(HintSet.readLines(
            "teaser-list-words.txt")));

    static {
        TABLE.addKinds("boilerplate-hints.txt",
                        Map.of("always", (long) ALWAYS, "strong", (long) STRONG, "weak", (long) WEAK))
                .add(HintSet.readLines("content-hints.txt"), CONTENT).add(HintSet.readLines("dek-hints.txt"), DEK);
    }

    /** Ids with more parts than this are slugs; their parts are not matched (substrings never are for ids). */
    static final int MAX_ID_PARTS = 3;

    /**
     * {@link #TABLE} and {@link Segmenter#VOCABULARY} in one set: of a name, its hint bits in the low half and its
     * vocabulary groups in the high half, each kind of hint read once for both.
     */
    private static final HintSet HINTS_AND_VOCABULARY = HintSet.paired(TABLE, Segmenter.VOCABULARY);

    /** Expected distinct class strings and names of one page: the caches never have to grow. */
    private static final int CACHE_CAPACITY = 1024;

    /**
     * Per page: of each whole class attribute, its hint bits in the low half and its {@link Segmenter#VOCABULARY}
     * groups in the high half, so that an element whose class string was seen before costs one lookup for both. Ids
     * are not cached: they are nearly all distinct.
     */
    private final Map<String, Long> classWords = new HashMap<>(CACHE_CAPACITY);
    /** Per page: the same two halves of single class names, since utility names recur across many class strings. */
    private final Map<String, Long> nameWords = new HashMap<>(CACHE_CAPACITY);
    /**
     * Per page: what the page-type word model reads of the markup's vocabulary ("pagination", "add-to-cart",
     * "post-reply"), in document order: of the distinct class attributes met, their names the first time the name
     * cache meets them (an attribute of one name is kept whole, at worst a repeat), and the ids met; from the first
     * {@link #MAX_NAMES} class attributes and ids. A class name met again adds no word the model has not read, so it
     * is not kept: the word model reads the same words, first met in the same order, as from the whole attributes,
     * with a third fewer lookups on the fundus pages. Class strings are taken on the cache's misses and their names
     * on the name cache's, so they cost no lookup of their own.
     */
    private final List<String> names = new ArrayList<>();
    /** Class attributes and ids read for {@link #names} so far. */
    private int namesRead;
    /** Whether the class attribute being classified is read for {@link #names}. */
    private boolean keeping;

    /** Class attributes and ids read per page for {@link #names()}: enough for the page type, cheap on huge pages. */
    public static final int MAX_NAMES = 600;

    /**
     * Of the element's class and id: the bit set of {@link #STRONG}, {@link #WEAK}, {@link #CONTENT}, {@link #DEK}
     * in the low half, and the {@link Segmenter#VOCABULARY} groups in the high half.
     */
    long classifyWithVocabulary(Element e) {
        String cls = e.className();
        String id = e.id();
        long both = cls.isEmpty() ? 0 : classWords(cls);
        if (!id.isEmpty()) {
            both |= HINTS_AND_VOCABULARY.nameBits(id, MAX_ID_PARTS, false);
            if (namesRead < MAX_NAMES) {
                namesRead++;
                names.add(id);
            }
        }
        return both;
    }

    /**
     * The class names (a repeat only where an attribute is one name) of the first {@link #MAX_NAMES} distinct class
     * attributes and ids met so far, and those ids, in document order.
     */
    List<String> names() {
        return names;
    }

    private long classWords(String cls) {
        Long both = classWords.get(cls);
        if (both == null) {
            keeping = namesRead < MAX_NAMES;
            if (keeping) {
                namesRead++;
            }
            both = splitsAlike(cls) ? words(cls, false, ALL_BITS)
                    : words(cls, false, HINT_BITS) | words(cls, true, VOCABULARY_BITS);
            keeping = false;
            classWords.put(cls, both);
        }
        return both;
    }

    private static final long ALL_BITS = -1L;
    private static final long HINT_BITS = 0xffffffffL;
    private static final long VOCABULARY_BITS = ~HINT_BITS;

    /**
     * Whether the hints' split of a class string into names (at {@link Chars#isWhitespace}) and the vocabulary's (at
     * {@link Spaces#isSpace}, as {@code split("\\s+")}) agree: they differ only at rare control and Unicode spaces.
     */
    private static boolean splitsAlike(String cls) {
        for (int i = 0, n = cls.length(); i < n; i++) {
            char c = cls.charAt(i);
            if (Chars.isWhitespace(c) != Spaces.isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The union of the {@link #HINTS_AND_VOCABULARY} bits of the names of a (non-empty) class attribute, cut at
     * {@link Spaces#isSpace} ({@code spaces}) or at {@link Chars#isWhitespace}, kept to {@code mask}; an attribute
     * that is one name whole is matched as such.
     */
    private long words(String cls, boolean spaces, long mask) {
        long bits = 0;
        int n = cls.length();
        int i = 0;
        while (i < n) {
            while (i < n && isCut(cls.charAt(i), spaces)) {
                i++;
            }
            int start = i;
            while (i < n && !isCut(cls.charAt(i), spaces)) {
                i++;
            }
            if (start == 0 && i == n) {
                if (keeping) {
                    names.add(cls); // at most a repeat of a name met before: no word is lost, none added
                }
                return HINTS_AND_VOCABULARY.nameBits(cls, Integer.MAX_VALUE, true) & mask;
            } else if (i > start) {
                bits |= nameWords(cls.substring(start, i)) & mask;
            }
        }
        return bits;
    }

    private static boolean isCut(char c, boolean spaces) {
        return spaces ? Spaces.isSpace(c) : Chars.isWhitespace(c);
    }

    /**
     * The {@link #HINTS_AND_VOCABULARY} bits of one class name, from the per-page memo; a name met for the first time
     * in a class attribute read for {@link #names} is kept there.
     */
    private long nameWords(String name) {
        Long bits = nameWords.get(name);
        if (bits == null) {
            bits = HINTS_AND_VOCABULARY.nameBits(name, Integer.MAX_VALUE, true);
            nameWords.put(name, bits);
            if (keeping) {
                names.add(name);
            }
        }
        return bits;
    }

    private static List<String> lowerAll(List<String> in) {
        List<String> out = new ArrayList<>(in.size());
        for (String s : in) {
            out.add(s.toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
