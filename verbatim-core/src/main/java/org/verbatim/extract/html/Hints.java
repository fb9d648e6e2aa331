package org.verbatim.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The named heuristics data of the HTML extractor, loaded once from resources (immutable), and a per-page cache of
 * class/id classifications (many elements share one class string).
 */
final class Hints {
    /** Boilerplate container unless made of paragraph text. */
    static final int STRONG = 1;
    /** Boilerplate container whatever it holds. */
    static final int ALWAYS = 16;
    /** Boilerplate container unless it holds much paragraph text. */
    static final int WEAK = 2;
    /** Suggests main content. */
    static final int CONTENT = 4;
    /** A standfirst / dek element. */
    static final int DEK = 8;

    static final HintSet ALWAYS_HINTS;
    static final HintSet STRONG_HINTS;
    static final HintSet WEAK_HINTS;
    static final HintSet CONTENT_HINTS = HintSet.parse(HintSet.readLines("content-hints.txt"));
    static final HintSet DEK_HINTS = HintSet.parse(HintSet.readLines("dek-hints.txt"));
    /** Interface lines such as "Advertisement", lower-case. */
    /** First words of a byline ("By", "Von", ...), lower-case. */
    static final Set<String> BYLINE_PREFIXES = Set.copyOf(lowerAll(HintSet.readLines("byline-prefixes.txt")));
    /** Photo credit / source / copyright markers, one pattern (case-insensitive, literal phrases). */
    static final Pattern CREDIT_MARKERS = literalAlternatives(HintSet.readLines("credit-markers.txt"));
    static final Set<String> UI_LINES = Set.copyOf(lowerAll(HintSet.readLines("ui-lines.txt")));

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
        ALWAYS_HINTS = HintSet.parse(always);
        STRONG_HINTS = HintSet.parse(strong);
        WEAK_HINTS = HintSet.parse(weak);
    }

    /** Ids with more parts than this are slugs; their parts are not matched (substrings never are for ids). */
    static final int MAX_ID_PARTS = 3;

    private final Map<String, Integer> cache = new HashMap<>();

    /** Bit set of {@link #STRONG}, {@link #WEAK}, {@link #CONTENT}, {@link #DEK} for the element's class and id. */
    int classify(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return 0;
        }
        String key = cls + '#' + id;
        Integer cached = cache.get(key);
        if (cached == null) {
            cached = compute(key);
            cache.put(key, cached);
        }
        return cached;
    }

    private static int compute(String key) {
        int hash = key.lastIndexOf('#');
        String cls = key.substring(0, hash);
        String id = key.substring(hash + 1);
        List<String> tokens = new ArrayList<>(HintSet.tokens(cls));
        List<String> idTokens = HintSet.tokens(id);
        if (idTokens.size() <= MAX_ID_PARTS) {
            tokens.addAll(idTokens); // longer ids are slugs of headlines ("zendaya-promoted-dune-..."), not roles
        }
        String lower = cls.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>(List.of(lower.split("\\s+")));
        words.add(id.toLowerCase(Locale.ROOT));
        int bits = 0;
        if (ALWAYS_HINTS.matches(lower, words, tokens)) {
            bits |= ALWAYS;
        }
        if (STRONG_HINTS.matches(lower, words, tokens)) {
            bits |= STRONG;
        }
        if (WEAK_HINTS.matches(lower, words, tokens)) {
            bits |= WEAK;
        }
        if (CONTENT_HINTS.matches(lower, words, tokens)) {
            bits |= CONTENT;
        }
        if (DEK_HINTS.matches(lower, words, tokens)) {
            bits |= DEK;
        }
        return bits;
    }

    private static Pattern literalAlternatives(List<String> phrases) {
        StringBuilder sb = new StringBuilder();
        for (String p : phrases) {
            sb.append(sb.isEmpty() ? "" : "|").append(Pattern.quote(p));
        }
        return Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static List<String> lowerAll(List<String> in) {
        List<String> out = new ArrayList<>(in.size());
        for (String s : in) {
            out.add(s.toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
