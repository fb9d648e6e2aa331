package org.verbatim.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.verbatim.extract.text.LineModels;

/**
 * Tunes how lines are kept ({@link LineModels.Choice}: the story span's cut, the cut inside it and outside it) on
 * out-of-fold line probabilities of the tuning pages: the articles of wcxb-dev folds 0-3 (fold 4 stays the untouched
 * check), fundus and the readability tests. The objective is the mean per-page bag-of-words F1 of the kept lines
 * against the gold, computed on word counts so that a grid of settings is cheap to search.
 */
final class ChoiceTuner {
    static final float[] CUTS = {0.3f, 0.35f, 0.4f, 0.45f, 0.5f, 0.55f, 0.6f, 0.65f, 0.7f};
    static final float[] INNER = {0.05f, 0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f};
    static final float[] OUTER = {0.7f, 0.8f, 0.9f, 0.95f, 1.01f};

    private ChoiceTuner() {
    }

    /** A page's words as counts, per line and in the gold, over one vocabulary. */
    record Bags(int[][] lines, int[] gold, int goldSize, int[] chars) {
        static Bags of(TextData.Page p, String gold) {
            Map<String, Integer> ids = new HashMap<>();
            List<String> g = Labeler.tokens(gold);
            int[] lineIds;
            int[][] lines = new int[p.lines().size()][];
            for (int i = 0; i < lines.length; i++) {
                List<String> t = Labeler.tokens(p.lines().get(i));
                lineIds = new int[t.size()];
                for (int k = 0; k < t.size(); k++) {
                    lineIds[k] = ids.computeIfAbsent(t.get(k), x -> ids.size());
                }
                lines[i] = lineIds;
            }
            for (String w : g) {
                ids.computeIfAbsent(w, x -> ids.size());
            }
            int[] goldCounts = new int[ids.size()];
            for (String w : g) {
                goldCounts[ids.get(w)]++;
            }
            int[] chars = new int[lines.length];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = p.lines().get(i).length();
            }
            return new Bags(lines, goldCounts, g.size(), chars);
        }

        /** Bag-of-words F1 of the kept lines against the gold. */
        double f1(boolean[] keep) {
            int[] have = new int[gold.length];
            int predicted = 0;
            int tp = 0;
            for (int i = 0; i < lines.length; i++) {
                if (!keep[i]) {
                    continue;
                }
                for (int id : lines[i]) {
                    predicted++;
                    if (have[id] < gold[id]) {
                        tp++;
                    }
                    have[id]++;
                }
            }
            if (predicted == 0 || goldSize == 0) {
                return predicted == 0 && goldSize == 0 ? 1 : 0;
            }
            double pr = (double) tp / predicted;
            double re = (double) tp / goldSize;
            return pr + re == 0 ? 0 : 2 * pr * re / (pr + re);
        }
    }

    /** The tuning pages: articles not in wcxb-dev fold 4. */
    static boolean tunes(TextData.Page p) {
        return p.tuning() && p.type().equals("article");
    }

    static LineModels.Choice tune(List<TextData.Page> pages, List<float[]> oof, Consumer<String> log) {
        List<Bags> bags = new ArrayList<>();
        List<float[]> probs = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (tunes(pages.get(i))) {
                bags.add(Bags.of(pages.get(i), pages.get(i).gold()));
                probs.add(oof.get(i));
            }
        }
        LineModels.Choice best = LineModels.Choice.DEFAULT;
        double bestF1 = mean(bags, probs, best);
        log.accept(String.format(Locale.ROOT, "choice %s: %.4f", best, bestF1));
        for (float cut : CUTS) {
            for (float inner : INNER) {
                if (inner > cut) {
                    continue;
                }
                for (float outer : OUTER) {
                    if (outer < cut) {
                        continue;
                    }
                    LineModels.Choice c = new LineModels.Choice(cut, inner, outer);
                    double f = mean(bags, probs, c);
                    if (f > bestF1 + 1e-9) {
                        best = c;
                        bestF1 = f;
                    }
                }
            }
        }
        log.accept(String.format(Locale.ROOT, "tuned choice %s: %.4f on %d pages", best, bestF1, bags.size()));
        return best;
    }

    /** Mean F1 over the pages of keeping lines by {@code c}. */
    static double mean(List<Bags> bags, List<float[]> probs, LineModels.Choice c) {
        double sum = 0;
        for (int i = 0; i < bags.size(); i++) {
            sum += bags.get(i).f1(LineModels.keepLines(probs.get(i), bags.get(i).chars(), c));
        }
        return bags.isEmpty() ? 0 : sum / bags.size();
    }
}
