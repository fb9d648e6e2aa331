package org.verbatim.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labels a page's text segments against its gold main text: a segment of three or more words is content when at
 * least half of its word trigrams occur in the gold; a shorter one when its words occur in the gold as a run.
 * Returns the share of the segment's trigrams found, so that callers may choose their own cut.
 */
final class Labeler {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    private final Set<Long> trigrams = new HashSet<>();
    private final Set<Long> bigrams = new HashSet<>();
    private final Map<String, Integer> unigrams = new HashMap<>();

    Labeler(String gold) {
        List<String> t = tokens(gold);
        for (int i = 0; i < t.size(); i++) {
            unigrams.merge(t.get(i), 1, Integer::sum);
            if (i + 1 < t.size()) {
                bigrams.add(hash(t, i, 2));
            }
            if (i + 2 < t.size()) {
                trigrams.add(hash(t, i, 3));
            }
        }
    }

    /** The share (0 to 1) of the segment's trigrams, or for short segments its run, found in the gold. */
    double coverage(String segment) {
        List<String> t = tokens(segment);
        if (t.isEmpty()) {
            return 0;
        }
        if (t.size() == 1) {
            return unigrams.containsKey(t.get(0)) ? 1 : 0;
        }
        if (t.size() == 2) {
            return bigrams.contains(hash(t, 0, 2)) ? 1 : 0;
        }
        int hit = 0;
        for (int i = 0; i + 2 < t.size(); i++) {
            hit += trigrams.contains(hash(t, i, 3)) ? 1 : 0;
        }
        return (double) hit / (t.size() - 2);
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static long hash(List<String> t, int from, int n) {
        long h = 1125899906842597L;
        for (int i = from; i < from + n; i++) {
            h = 31 * h + t.get(i).hashCode();
            h = h * 0x9E3779B97F4A7C15L;
        }
        return h;
    }
}
