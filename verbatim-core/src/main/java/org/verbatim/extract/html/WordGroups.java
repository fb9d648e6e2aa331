package org.verbatim.extract.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The word groups of {@code page-words.txt} (first-person plural, calls to action, code, commerce, forum, news...),
 * looked up by a 64-bit hash of the lower-cased word so that text can be counted as it streams by, without building
 * a string per word. Immutable.
 */
final class WordGroups {
    static final List<String> GROUPS;
    private static final long[] HASHES;
    private static final int[] BITS;

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
        long[][] pairs = new long[words.size()][];
        int i = 0;
        for (Map.Entry<String, Integer> e : words.entrySet()) {
            pairs[i++] = new long[] {hash(e.getKey()), e.getValue()};
        }
        Arrays.sort(pairs, (a, b) -> Long.compare(a[0], b[0]));
        HASHES = new long[pairs.length];
        BITS = new int[pairs.length];
        for (int j = 0; j < pairs.length; j++) {
            HASHES[j] = pairs[j][0];
            BITS[j] = (int) pairs[j][1];
        }
    }

    private WordGroups() {
    }

    /** The hash a word is looked up by: {@link #step} over its lower-cased characters from {@link #START}. */
    static final long START = 0xcbf29ce484222325L;

    static long step(long h, char lower) {
        return (h ^ lower) * 0x100000001b3L;
    }

    static long hash(String lowerWord) {
        long h = START;
        for (int i = 0; i < lowerWord.length(); i++) {
            h = step(h, lowerWord.charAt(i));
        }
        return h;
    }

    /** The group bits of the word with this hash, 0 for none. */
    static int groups(long hash) {
        int i = Arrays.binarySearch(HASHES, hash);
        return i < 0 ? 0 : BITS[i];
    }
}
