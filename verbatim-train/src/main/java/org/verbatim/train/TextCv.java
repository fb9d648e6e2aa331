package org.verbatim.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.verbatim.extract.text.LineModels;
import org.verbatim.extract.text.TextFeatures;
import org.verbatim.learn.TreeEnsemble;

/**
 * Cross-validation of the text path's models over the five folds (wcxb-dev by domain, the other corpora's sites
 * spread over the same folds): per fold, models trained on the other four folds' pages, and each held-out page's
 * line probabilities from them.
 */
final class TextCv {
    /** Per fold, the models trained without it; per page (in input order), its out-of-fold line probabilities. */
    record Result(List<TextTrainer.Result> folds, List<float[]> probabilities) {
        LineModels models(int fold, LineModels.Choice choice) {
            return folds.get(fold).models(choice);
        }
    }

    private TextCv() {
    }

    static Result run(List<TextData.Page> pages, TextTrainer trainer, Consumer<String> log) {
        List<TextTrainer.Result> folds = new ArrayList<>();
        float[][] probs = new float[pages.size()][];
        for (int k = 0; k < TextData.FOLDS; k++) {
            final int fold = k;
            List<TextData.Page> train = pages.stream().filter(p -> p.fold() != fold).toList();
            log.accept("fold " + k + ": training on " + train.size() + " pages");
            TextTrainer.Result r = trainer.train(train, false);
            folds.add(r);
            for (int i = 0; i < pages.size(); i++) {
                TextData.Page p = pages.get(i);
                if (p.fold() == k) {
                    ShapeLearner.fill(p, r.shapes());
                    probs[i] = probabilities(p.rows(), r.lines(), r.stacked());
                }
            }
        }
        return new Result(folds, List.of(probs));
    }

    /** The probabilities extraction computes for these rows (first stage, then second when there is one). */
    static float[] probabilities(float[][] rows, TreeEnsemble lines, TreeEnsemble stacked) {
        float[] p = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            p[i] = lines.probability(rows[i]);
        }
        if (stacked == null) {
            return p;
        }
        float[][] second = TextFeatures.stacked(rows, p);
        float[] out = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = stacked.probability(second[i]);
        }
        return out;
    }

    /**
     * Line-level figures of out-of-fold probabilities under a choice: mean bag-of-words F1 of the kept lines per
     * corpus and page type (wcxb-dev articles also for fold 4 apart), and the rules' body for comparison.
     */
    static String figures(List<TextData.Page> pages, List<float[]> probs, LineModels.Choice choice) {
        Map<String, double[]> sums = new TreeMap<>();
        int inRules = TextFeatures.LINE_NAMES.indexOf("in_rule_body");
        for (int i = 0; i < pages.size(); i++) {
            TextData.Page p = pages.get(i);
            ChoiceTuner.Bags b = ChoiceTuner.Bags.of(p, p.gold());
            double model = b.f1(LineModels.keepLines(probs.get(i), b.chars(), choice));
            boolean[] rulesKeep = new boolean[p.lines().size()];
            for (int l = 0; l < rulesKeep.length; l++) {
                rulesKeep[l] = p.rows()[l][inRules] == 1;
            }
            double rules = b.f1(rulesKeep);
            List<String> groups = new ArrayList<>(List.of(p.corpus() + "/" + p.type()));
            if (p.wcxb() && p.type().equals("article")) {
                groups.add(p.fold() == 4 ? "wcxb/article fold 4" : "wcxb/article folds 0-3");
            }
            if (p.wcxb()) {
                groups.add("wcxb/all");
            }
            for (String g : groups) {
                double[] s = sums.computeIfAbsent(g, x -> new double[3]);
                s[0] += model;
                s[1] += rules;
                s[2]++;
            }
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "| group | pages | kept by %s | rules' body |%n"
                + "|---|---|---|---|%n", choice));
        sums.forEach((g, s) -> sb.append(String.format(Locale.ROOT, "| %s | %.0f | %.4f | %.4f |%n", g, s[2],
                s[0] / s[2], s[1] / s[2])));
        return sb.toString();
    }
}
