package org.verbatim.extract.html.dom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.verbatim.extract.common.Chars;

/**
 * The word groups of {@code page-words.txt} (first-person plural, calls to action, code, commerce, forum, news...),
 * looked up by a 64-bit hash of the lower-cased word so that text can be counted as it streams by, without building
 * a string per word. Immutable.
 */
public final class WordGroups {
    public static final List<String> GROUPS;
    /** Open-addressing table of word hashes (0: empty) and their group bits: one probe for most words. */
    private static final long[] HASHES;
    private static final int[] BITS;
    private static final int MASK;

    static {
        Map<String, Integer> words = new LinkedHashMap<>();
        List<String> groups = new ArrayList<>();
        for (String line : HintSet.readLines("page-words.txt")) {
            String[] parts = line.split("\\s+");
            int bit = 1 << groups.size();
            groups.add(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                words.merge(parts[i].toLowerCase(Locale.ROOT), bit, (a, b) -> a | b);
            }
        }
        if (groups.size() > 16) {
            throw new IllegalStateException("page-words.txt has more than 16 groups");
        }
        GROUPS = List.copyOf(groups);
        int capacity = Integer.highestOneBit(Math.max(16, words.size() * 4)) * 2;
        HASHES = new long[capacity];
        BITS = new int[capacity];
        MASK = capacity - 1;
        for (Map.Entry<String, Integer> e : words.entrySet()) {
            long h = hash(e.getKey());
            int i = slot(h);
            while (HASHES[i] != 0 && HASHES[i] != h) {
                i = (i + 1) & MASK;
            }
            HASHES[i] = h;
            BITS[i] |= e.getValue();
        }
    }

    private static int slot(long h) {
        return (int) (h ^ h >>> 32) & MASK;
    }

    private WordGroups() {
    }

    /** The hash a word is looked up by: {@link #step} over its lower-cased characters from {@link #START}. */
    public static final long START = 0xcbf29ce484222325L;

    public static long step(long h, char lower) {
        return (h ^ lower) * 0x100000001b3L;
    }

    static long hash(String lowerWord) {
        long h = START;
        for (int i = 0; i < lowerWord.length(); i++) {
            h = step(h, lowerWord.charAt(i));
        }
        return h;
    }

    /** The group bits of every word of {@code text} ({@code null} gives 0). */
    public static int of(String text) {
        if (text == null) {
            return 0;
        }
        int bits = 0;
        long h = START;
        boolean inWord = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Chars.isLetterOrDigit(c)) {
                h = step(inWord ? h : START, Chars.toLowerCase(c));
                inWord = true;
            } else {
                if (inWord) {
                    bits |= groups(h);
                }
                inWord = false;
            }
        }
        return bits;
    }

    /** The group bits of the word with this hash, 0 for none. */
    static int groups(long hash) {
        for (int i = slot(hash); HASHES[i] != 0; i = (i + 1) & MASK) {
            if (HASHES[i] == hash) {
                return BITS[i];
            }
        }
        return 0;
    }
}
