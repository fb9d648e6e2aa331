package org.verbatim.enrich;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which words report speech, per language: a lexicon learned from a train split (English: PolNeAR train,
 * {@code cues-en.tsv}; German: GerNews train, {@code cues-de.tsv}; words whose share of occurrences inside gold cues
 * reaches {@link #LEARNED_THRESHOLD}) plus a curated verb list. Immutable and thread-safe.
 */
final class CueLexicon {
    /** Minimum learned cue rate (cue occurrences / all occurrences, train split) for a word to count as a cue. */
    static final double LEARNED_THRESHOLD = 0.2;
    /** Words learned as cues that never head a reporting clause on their own. */
    private static final Set<String> NEVER = Set.of("to", "of", "in", "on", "for", "about", "that", "has", "have",
            "had", "also", "the", "a", "and", "as", "by", "with", "it", "was", "is", "be", "been", "es", "sich",
            "mit", "an", "auf", "aus", "von", "zu", "hat", "hatte", "wird", "wurde", "der", "die", "das", "den",
            "dem", "des", "ist", "er", "sie", "davon", "darauf", "darüber", "hin", "hervor", "bekannt", "went");

    private final Map<String, Double> score;
    private final Set<String> prefix;

    private CueLexicon(Map<String, Double> score, Set<String> prefix) {
        this.score = Map.copyOf(score);
        this.prefix = prefix;
    }

    static CueLexicon english() {
        Map<String, Double> m = learned("cues-en.tsv");
        for (String w : Lexicon.lowerSet("speech-verbs-en.txt")) {
            m.merge(w, 1.0, Math::max);
        }
        return new CueLexicon(m, Lexicon.lowerSet("cue-prefix.txt"));
    }

    static CueLexicon german() {
        Map<String, Double> m = learned("cues-de.tsv");
        for (String w : Lexicon.lowerSet("speech-verbs-de.txt")) {
            m.merge(w, 1.0, Math::max);
        }
        return new CueLexicon(m, Lexicon.lowerSet("cue-prefix.txt"));
    }

    /** Words of a learned lexicon (word, cue count, occurrences) whose cue rate reaches the threshold. */
    private static Map<String, Double> learned(String resource) {
        Map<String, Double> m = new HashMap<>();
        for (String line : Lexicon.lines(resource)) {
            String[] f = line.split("\t");
            double rate = Double.parseDouble(f[1]) / Double.parseDouble(f[2]);
            if (rate >= LEARNED_THRESHOLD && !NEVER.contains(f[0]) && !f[0].endsWith("ly")) {
                m.put(f[0], rate); // adverbs ("recently said") join a cue phrase but are no cue on their own
            }
        }
        return m;
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
