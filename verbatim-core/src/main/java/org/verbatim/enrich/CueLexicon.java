package org.verbatim.enrich;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which words report speech, per language: a curated verb list ({@code speech-verbs-*.txt}, part of the rules) plus,
 * when a language's learned jar is present ({@link QuoteModels}), the words learned from its train split (English:
 * PolNeAR, German: GerNews) whose share of occurrences inside gold cues reaches {@link #LEARNED_THRESHOLD}. The
 * learned cue model also scores rarer cue words ({@link #isCandidate}). Immutable and thread-safe.
 */
final class CueLexicon {
    /** Minimum learned cue rate (cue occurrences / all occurrences, train split) for a word to count as a cue. */
    static final double LEARNED_THRESHOLD = 0.2;
    /** Words learned as cues that never head a reporting clause on their own. */
    private static final Set<String> NEVER = Set.of("to", "of", "in", "on", "for", "about", "that", "has", "have",
            "had", "also", "the", "a", "and", "as", "by", "with", "it", "was", "is", "be", "been", "es", "sich",
            "mit", "an", "auf", "aus", "von", "zu", "hat", "hatte", "wird", "wurde", "der", "die", "das", "den",
            "dem", "des", "ist", "er", "sie", "davon", "darauf", "darüber", "hin", "hervor", "bekannt", "went");

    /** A word becomes a candidate for the learned cue model from this rate on (with {@link #CANDIDATE_MIN_COUNT}). */
    static final double CANDIDATE_MIN_RATE = 0.02;
    static final int CANDIDATE_MIN_COUNT = 2;

    private final Map<String, Double> score;
    private final Map<String, Double> rates;
    private final Set<String> curated;
    private final Set<String> prefix;

    private CueLexicon(Map<String, Double> score, Map<String, Double> rates, Set<String> curated, Set<String> prefix) {
        this.score = Map.copyOf(score);
        this.rates = Map.copyOf(rates);
        this.curated = curated;
        this.prefix = prefix;
    }

    /** English: the curated verbs plus what {@code learned} holds (PolNeAR train when its jar is present). */
    static CueLexicon english(Map<String, int[]> learned) {
        return of(learned, "speech-verbs-en.txt");
    }

    /** German: the curated verbs plus what {@code learned} holds (GerNews train when its jar is present). */
    static CueLexicon german(Map<String, int[]> learned) {
        return of(learned, "speech-verbs-de.txt");
    }

    private static CueLexicon of(Map<String, int[]> learned, String curatedList) {
        Map<String, Double> m = new HashMap<>();
        Map<String, Double> rates = new HashMap<>();
        learned.forEach((w, c) -> {
            double rate = (double) c[0] / c[1];
            if (rate >= LEARNED_THRESHOLD && !NEVER.contains(w) && !w.endsWith("ly")) {
                m.put(w, rate); // adverbs ("recently said") join a cue phrase but are no cue on their own
            }
            if (rate >= CANDIDATE_MIN_RATE && c[0] >= CANDIDATE_MIN_COUNT && !NEVER.contains(w)
                    && (rate >= LEARNED_THRESHOLD || !QuoteFinder.FUNCTION_WORDS.contains(w))) {
                rates.put(w, rate);
            }
        });
        Set<String> curated = Lexicon.lowerSet(curatedList);
        for (String w : curated) {
            m.merge(w, 1.0, Math::max);
        }
        return new CueLexicon(m, rates, curated, Lexicon.lowerSet("cue-prefix.txt"));
    }

    /** The learned rate of a word as a cue (0 when unknown or too rare). */
    double rate(String lower) {
        return rates.getOrDefault(lower, 0.0);
    }

    /** A word the learned cue model scores: a rule cue, or any word learned as a cue often enough. */
    boolean isCandidate(String lower) {
        return score.containsKey(lower) || rates.containsKey(lower);
    }

    boolean isCurated(String lower) {
        return curated.contains(lower);
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
