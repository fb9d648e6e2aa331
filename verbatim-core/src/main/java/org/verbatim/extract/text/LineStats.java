package org.verbatim.extract.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * What one line is made of, counted in one pass: characters by class, tokens by shape (capitalised, upper case,
 * numeric, link-like, function words), sentence marks, separators, quotation marks, and the page-word groups its
 * words belong to. The raw material of {@link TextFeatures}. Immutable.
 */
final class LineStats {
    /** Function words of every language the detector knows: their share tells running text from labels. */
    private static final Set<String> FUNCTION_WORDS = functionWords();
    /** The page-word groups of the HTML page classifier ({@code page-words.txt}), shared as data. */
    static final List<String> GROUPS;
    private static final String SEPARATORS = "|•·»›«‹/>";
    private static final String QUOTES = "\"“”„«»‘’‚";
    private static final String SENTENCE_MARKS = ".!?。！？";
    /** Marks a function word in {@link #WORDS}, above every group's bit. */
    private static final int FUNCTION_WORD = 1 << 30;
    /**
     * Per known word: its {@link #GROUPS} bits, and {@link #FUNCTION_WORD} for a function word, so that one lookup
     * per token answers both.
     */
    private static final Map<String, Integer> WORDS;

    static {
        Map<String, Integer> bits = new HashMap<>();
        List<String> groups = new java.util.ArrayList<>();
        for (String line : org.verbatim.internal.Resources.lines(LineStats.class,
                "/org/verbatim/extract/html/page-words.txt")) {
            String[] parts = line.split("\\s+");
            int bit = 1 << groups.size();
            groups.add(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                bits.merge(parts[i].toLowerCase(Locale.ROOT), bit, (a, b) -> a | b);
            }
        }
        GROUPS = List.copyOf(groups);
        if (GROUPS.size() > 30) {
            throw new IllegalStateException("page-words.txt has more than 30 groups");
        }
        Map<String, Integer> words = new HashMap<>(bits);
        for (String w : FUNCTION_WORDS) {
            words.merge(w, FUNCTION_WORD, (a, b) -> a | b);
        }
        WORDS = words;
    }


    final int chars;
    final int letters;
    final int digits;
    final int upper;
    final int punct;
    final int dense;
    final int tokens;
    final int capTokens;
    final int capsTokens;
    final int numericTokens;
    final int linkTokens;
    final int functionWords;
    final int sentenceMarks;
    final int commas;
    final int quotes;
    final int separators;
    final int prices;
    final int wordLetters;
    /** Per group of {@link #GROUPS}, how many of the line's words belong to it. */
    final int[] groups;

    LineStats(String s) {
        chars = s.length();
        int let = 0;
        int dig = 0;
        int up = 0;
        int pun = 0;
        int den = 0;
        int marks = 0;
        int com = 0;
        int quo = 0;
        int sep = 0;
        int pri = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') { // ASCII first: the answers of the tests below, without them
                let++;
            } else if (c >= 'A' && c <= 'Z') {
                let++;
                up++;
            } else if (c == ' ') {
                continue;
            } else if (Texts.isDense(c)) {
                den++;
                let++;
            } else if (Character.isLetter(c)) {
                let++;
                up += Character.isUpperCase(c) ? 1 : 0;
            } else if (Character.isDigit(c)) {
                dig++;
            } else if (!Character.isWhitespace(c)) {
                pun++;
                if (SENTENCE_MARKS.indexOf(c) >= 0 && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1))
                        || QUOTES.indexOf(s.charAt(i + 1)) >= 0)) {
                    marks++;
                }
                com += c == ',' || c == '、' || c == '，' ? 1 : 0;
                quo += QUOTES.indexOf(c) >= 0 ? 1 : 0;
                sep += SEPARATORS.indexOf(c) >= 0 ? 1 : 0;
                pri += "$€£¥".indexOf(c) >= 0 ? 1 : 0;
            }
        }
        letters = let;
        digits = dig;
        upper = up;
        punct = pun;
        dense = den;
        sentenceMarks = marks;
        commas = com;
        quotes = quo;
        separators = sep;
        prices = pri;
        int tok = 0;
        int cap = 0;
        int caps = 0;
        int num = 0;
        int link = 0;
        int fn = 0;
        int wl = 0;
        int[] g = new int[GROUPS.size()];
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                break;
            }
            tok++;
            if (mayBeLink(s, start, i) && isLink(s.substring(start, i))) {
                link++;
                continue;
            }
            int from = Texts.keyFrom(s, start, i);
            int to = Texts.keyTo(s, from, i);
            if (from == to) {
                continue; // the key is empty
            }
            int bits;
            int keyLength;
            boolean hasLower;
            if (isAscii(s, from, to)) { // the key's length, case and word bits read in place, without copying it
                keyLength = to - from;
                hasLower = hasAsciiLetter(s, from, to);
                bits = ASCII_WORDS.get(s, from, to);
            } else {
                String w = s.substring(from, to).toLowerCase(Locale.ROOT);
                keyLength = w.length();
                hasLower = hasLower(w);
                bits = WORDS.getOrDefault(w, 0);
            }
            wl += keyLength;
            int firstLetter = firstLetter(s, start, i);
            if (firstLetter >= 0 && Character.isUpperCase(s.charAt(firstLetter))) {
                cap++;
                if (keyLength >= 2 && hasLower) {
                    String raw = s.substring(start, i);
                    caps += raw.equals(raw.toUpperCase(Locale.ROOT)) ? 1 : 0;
                }
            }
            num += firstLetter < 0 ? 1 : 0;
            if (bits != 0) {
                fn += (bits & FUNCTION_WORD) != 0 ? 1 : 0;
                for (int b = 0; b < g.length; b++) {
                    if ((bits & (1 << b)) != 0) {
                        g[b]++;
                    }
                }
            }
        }
        tokens = tok;
        capTokens = cap;
        capsTokens = caps;
        numericTokens = num;
        linkTokens = link;
        functionWords = fn;
        wordLetters = wl;
        groups = g;
    }

    /** The bits {@link #WORDS} gives a lower-case word, 0 for none. */
    static int wordBits(String lowerWord) {
        return WORDS.getOrDefault(lowerWord, 0);
    }

    private static boolean isAscii(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Whether ASCII {@code s[from, to)} has a letter: its lower case then has a lower-case one. */
    private static boolean hasAsciiLetter(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = (char) (s.charAt(i) | 0x20);
            if (c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }

    /** {@link #WORDS}' ASCII words, looked up by a slice of a line, ASCII letters folded to lower case. */
    private static final AsciiWords ASCII_WORDS = new AsciiWords(WORDS);

    /** An open-addressing table of lower-case ASCII words; immutable once built. */
    private static final class AsciiWords {
        private final String[] keys;
        private final int[] values;
        private final int mask;

        AsciiWords(Map<String, Integer> words) {
            int size = Integer.highestOneBit(Math.max(4, words.size() * 3)) << 1;
            keys = new String[size];
            values = new int[size];
            mask = size - 1;
            for (Map.Entry<String, Integer> e : words.entrySet()) {
                String k = e.getKey();
                if (k.isEmpty() || !isAscii(k, 0, k.length()) || !k.equals(k.toLowerCase(Locale.ROOT))) {
                    continue; // no ASCII slice folds to it
                }
                int at = hash(k, 0, k.length()) & mask;
                while (keys[at] != null) {
                    at = (at + 1) & mask;
                }
                keys[at] = k;
                values[at] = e.getValue();
            }
        }

        private static int hash(String s, int from, int to) {
            int h = 0;
            for (int i = from; i < to; i++) {
                h = 31 * h + lower(s.charAt(i));
            }
            return h ^ (h >>> 16);
        }

        private static char lower(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
        }

        /** The value of the word equal to ASCII {@code s[from, to)} in lower case, 0 for none. */
        int get(String s, int from, int to) {
            int at = hash(s, from, to) & mask;
            for (String k = keys[at]; k != null; k = keys[at = (at + 1) & mask]) {
                if (k.length() == to - from && sameFolded(k, s, from)) {
                    return values[at];
                }
            }
            return 0;
        }

        private static boolean sameFolded(String k, String s, int from) {
            for (int i = 0; i < k.length(); i++) {
                if (k.charAt(i) != lower(s.charAt(from + i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A lower-case form has lower-case letters (so "2024" or "—" are not upper-case words). */
    private static boolean hasLower(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            if (Character.isLowerCase(lower.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The position of the first letter of {@code s[from, to)}, or -1 when a digit or the end comes first. */
    private static int firstLetter(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter(s.charAt(i))) {
                return i;
            }
            if (Character.isDigit(s.charAt(i))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * False when the token {@code s[from, to)} cannot pass {@link #isLink}: it is shorter than 2, and otherwise it has
     * no {@code '.'} or {@code '@'} and starts with neither {@code h}, {@code H} nor {@code #} (lower case maps nothing
     * else to these).
     */
    private static boolean mayBeLink(String s, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        char c = s.charAt(from);
        if (c == 'h' || c == 'H' || c == '#' || c == '@') {
            return true;
        }
        for (int i = from; i < to; i++) {
            char x = s.charAt(i);
            if (x == '.' || x == '@') {
                return true;
            }
        }
        return false;
    }

    /** A URL, a host name, an e-mail address, a handle or a hashtag. */
    static boolean isLink(String t) {
        if (t.length() < 2) {
            return false;
        }
        char c = t.charAt(0);
        if ((c == '@' || c == '#') && Character.isLetterOrDigit(t.charAt(1))) {
            return true;
        }
        String l = t.toLowerCase(Locale.ROOT);
        if (l.startsWith("http") || l.startsWith("www.") || (l.contains("@") && l.indexOf('.', l.indexOf('@')) > 0)) {
            return true;
        }
        int dot = l.lastIndexOf('.');
        return dot > 0 && dot < l.length() - 2 && (l.endsWith(".com") || l.endsWith(".org") || l.endsWith(".net")
                || l.endsWith(".html") || l.endsWith(".php") || l.contains(".com/") || l.contains(".de/"));
    }

    private static Set<String> functionWords() {
        Properties p = org.verbatim.internal.Resources.properties(LineStats.class,
                "/org/verbatim/language/stopwords.properties");
        Set<String> out = new HashSet<>();
        for (String lang : p.stringPropertyNames()) {
            for (String w : p.getProperty(lang).split("\\s+")) {
                if (!w.isBlank()) {
                    out.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return Set.copyOf(out);
    }
}
