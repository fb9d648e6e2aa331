package org.verbatim.enrich;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which words report speech, per language. English combines the lexicon learned from PolNeAR train
 * ({@code cues-en.tsv}: words whose share of occurrences inside gold cues reaches {@link #LEARNED_THRESHOLD}) with a
 * curated verb list; German uses its curated list. Immutable and thread-safe.
 */
final class CueLexicon {
    /** Minimum learned cue rate (cue occurrences / all occurrences, train split) for a word to count as a cue. */
    static final double LEARNED_THRESHOLD = 0.2;
    /** Words learned as cues that never head a reporting clause on their own. */
    private static final Set<String> NEVER = Set.of("to", "of", "in", "on", "for", "about", "that", "has", "have",
            "had", "also", "the", "a", "and", "as", "by", "with", "it", "was", "is", "be", "been");

    private final Map<String, Double> score;
    private final Set<String> prefix;

    private CueLexicon(Map<String, Double> score, Set<String> prefix) {
        this.score = Map.copyOf(score);
        this.prefix = prefix;
    }

    static CueLexicon english() {
        Map<String, Double> m = new HashMap<>();
        for (String line : Lexicon.lines("cues-en.tsv")) {
            String[] f = line.split("\t");
            double rate = Double.parseDouble(f[1]) / Double.parseDouble(f[2]);
            if (rate >= LEARNED_THRESHOLD && !NEVER.contains(f[0])) {
                m.put(f[0], rate);
            }
        }
        for (String w : Lexicon.lowerSet("speech-verbs-en.txt")) {
            m.merge(w, 1.0, Math::max);
        }
        return new CueLexicon(m, Lexicon.lowerSet("cue-prefix.txt"));
    }

    static CueLexicon german() {
        Map<String, Double> m = new HashMap<>();
        for (String w : Lexicon.lowerSet("speech-verbs-de.txt")) {
            m.put(w, 1.0);
        }
        return new CueLexicon(m, Lexicon.lowerSet("cue-prefix.txt"));
    }

    /** The cue score of a lower-cased word, 0 when it is no cue. */
    double score(String lower) {
        return score.getOrDefault(lower, 0.0);
    }

    boolean isCue(String lower) {
        return score.containsKey(lower);
    }

    /** Words that extend a cue phrase to the left ("has", "went on to"). */
    boolean isPrefix(String lower) {
        return prefix.contains(lower);
    }
}
