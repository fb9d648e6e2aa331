package org.verbatim.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The quote figures that the reference scorer does not report, filled in by {@link QuoteScorer} as it scores: recall
 * by gold kind, precision by predicted kind, speaker accuracy by the kind of gold source, and the confusion counts
 * that explain the errors (missed attributions with and without a prediction in their paragraph, false alarms with and
 * without gold in theirs, named speakers missing, resolved wrongly, naming another name of the gold source or taken
 * from the wrong mention, pronouns left as speaker names, kind confusions).
 *
 * <p>Gold sources are named as the reference scorer names them (a capitalised head name); the others are
 * {@code pronoun} (one pronoun or relative word) or {@code description} ("officials", "the minister"), judged by
 * mention overlap as the reference scorer judges unnamed sources. Mutable; confined to one scoring run.
 */
public final class Breakdown {
    /** Single-word sources that are pronouns (English and German), lower case. */
    static final Set<String> PRONOUN_SOURCES = Set.of("he", "she", "they", "it", "we", "i", "you", "who", "which",
            "that", "him", "her", "them", "us", "me", "one", "er", "sie", "es", "wir", "ich", "du", "ihr", "man",
            "der", "die", "das", "dieser", "diese", "welcher", "welche", "jener", "jene");

    /** kind -> {gold, found}. */
    final Map<String, int[]> recallByKind = new TreeMap<>();
    /** kind -> {predicted, matching}. */
    final Map<String, int[]> precisionByKind = new TreeMap<>();
    /** source kind (name, description, pronoun) -> {pairs, right}. */
    final Map<String, int[]> speakerByKind = new LinkedHashMap<>();
    /** Confusion name -> count. */
    final Map<String, Integer> confusion = new TreeMap<>();

    Breakdown() {
        for (String k : List.of("name", "description", "pronoun")) {
            speakerByKind.put(k, new int[2]);
        }
        confusion.put(PRONOUN_AS_NAME, 0); // reported even when none: a pronoun must never become a named speaker
    }

    /** Predicted quotes (matched or not) whose speaker's name is a bare pronoun ("He"): an unresolved mention. */
    static final String PRONOUN_AS_NAME = "speaker.pronoun_as_name";

    /** The rates and counts as named figures under {@code prefix} ("polnear."). */
    public Map<String, Double> figures(String prefix) {
        Map<String, Double> out = new LinkedHashMap<>();
        recallByKind.forEach((k, v) -> out.put(prefix + "recall." + k, rate(v)));
        precisionByKind.forEach((k, v) -> out.put(prefix + "precision." + k, rate(v)));
        speakerByKind.forEach((k, v) -> out.put(prefix + "speaker." + k, rate(v)));
        recallByKind.forEach((k, v) -> out.put(prefix + "count.gold." + k, (double) v[0]));
        precisionByKind.forEach((k, v) -> out.put(prefix + "count.predicted." + k, (double) v[0]));
        speakerByKind.forEach((k, v) -> out.put(prefix + "count.speaker." + k, (double) v[0]));
        confusion.forEach((k, v) -> out.put(prefix + "confusion." + k, (double) v));
        int predicted = precisionByKind.values().stream().mapToInt(v -> v[0]).sum();
        // a gate figure (floor 1.0): the share of predicted quotes whose speaker is not named by a bare pronoun
        out.put(prefix + "speaker.not_pronoun", predicted == 0 ? 1.0
                : 1.0 - (double) confusion.get(PRONOUN_AS_NAME) / predicted);
        return out;
    }

    private static double rate(int[] v) {
        return v[0] == 0 ? 0 : (double) v[1] / v[0];
    }

    private void count(String name) {
        confusion.merge(name, 1, Integer::sum);
    }

    /**
     * A matched pair with a named gold source: {@code ok} when the predicted speaker has the head's last name,
     * {@code anyName} when it has the last name of another name of the source ("Louis Gallois" for "the successor of
     * Christian Streiff, Louis Gallois": the head rule takes the last name before the first comma).
     */
    void named(QuoteScorer.Pred p, boolean ok, boolean anyName, boolean mentionOverlaps) {
        int[] s = speakerByKind.get("name");
        s[0]++;
        s[1] += ok ? 1 : 0;
        if (ok) {
            return;
        }
        if (p.speakerText() == null || p.speakerText().isEmpty()) {
            count("speaker.named_without_speaker");
        } else if (anyName) {
            count("speaker.named_other_name_of_source");
        } else if (mentionOverlaps) {
            count("speaker.named_right_mention_wrong_name");
        } else {
            count("speaker.named_wrong_mention");
        }
    }

    void unnamed(String source, boolean mentionOverlaps) {
        String k = PRONOUN_SOURCES.contains(source.strip().toLowerCase(Locale.ROOT)) ? "pronoun" : "description";
        int[] s = speakerByKind.get(k);
        s[0]++;
        s[1] += mentionOverlaps ? 1 : 0;
    }

    DocView view(String text, List<QuoteScorer.Gold> gold, List<int[]> frags) {
        return new DocView(text, gold, frags);
    }

    /** The per-document part: paragraphs of gold and predictions. */
    final class DocView {
        private final String text;
        private final List<QuoteScorer.Gold> gold;
        private final List<int[]> frags;
        private final Set<Integer> predictedParagraphs = new java.util.HashSet<>();

        DocView(String text, List<QuoteScorer.Gold> gold, List<int[]> frags) {
            this.text = text;
            this.gold = gold;
            this.frags = frags;
        }

        /** A paragraph is a line: its start offset identifies it. */
        private int paragraph(int offset) {
            int o = Math.min(Math.max(offset, 0), text.length());
            return text.lastIndexOf('\n', o - 1) + 1;
        }

        void prediction(QuoteScorer.Pred p, int[] trimmed, int best) {
            String kind = p.kind() == null ? "unknown" : p.kind();
            int[] pk = precisionByKind.computeIfAbsent(kind, k -> new int[2]);
            pk[0]++;
            pk[1] += best >= 0 ? 1 : 0;
            if (p.speakerText() != null && PRONOUN_SOURCES.contains(p.speakerText().strip().toLowerCase(Locale.ROOT))) {
                count(PRONOUN_AS_NAME);
            }
            int para = paragraph(trimmed[0]);
            predictedParagraphs.add(para);
            if (best >= 0) {
                count("kind.gold_" + gold.get(best).kind() + "_as_" + kind);
                return;
            }
            boolean goldThere = false;
            for (int[] f : frags) {
                goldThere |= paragraph(f[1]) == para;
            }
            count(goldThere ? "fp.in_paragraph_with_gold" : "fp.in_paragraph_without_gold");
        }

        void finish(Set<Integer> hit) {
            for (int gi = 0; gi < gold.size(); gi++) {
                int[] rk = recallByKind.computeIfAbsent(gold.get(gi).kind(), k -> new int[2]);
                rk[0]++;
                if (hit.contains(gi)) {
                    rk[1]++;
                    continue;
                }
                boolean predicted = false;
                for (int[] f : frags) {
                    predicted |= f[0] == gi && predictedParagraphs.contains(paragraph(f[1]));
                }
                count(predicted ? "fn.prediction_in_paragraph" : "fn.no_prediction_in_paragraph");
            }
        }
    }
}
