package org.verbatim.train;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import ml.dmlc.xgboost4j.java.Booster;
import org.verbatim.extract.text.LineModels;
import org.verbatim.extract.text.LineShapes;
import org.verbatim.extract.text.TextFeatures;
import org.verbatim.learn.TreeEnsemble;

/**
 * Trains the text path's models on a set of pages: the learned line forms, the line scorer (first stage), its second
 * stage over the first stage's out-of-fold view of each line's surroundings, and the page classifier. Within the
 * training set, pages are split by site into inner folds, so that the line-form columns and the second stage's
 * inputs of a page always come from what was learned without its site. Deterministic: seeded XGBoost on a fixed
 * thread count, pages in a fixed order, folds by a fixed rule.
 */
final class TextTrainer {
    /** Settings; {@link #DEFAULT} is what ships. */
    record Settings(int rounds, int depth, int stackedRounds, int stackedDepth, int typeRounds, int typeDepth,
                    float otherCorporaTypeWeight, double labelCut, int innerFolds, boolean stacked) {
        static final Settings DEFAULT = new Settings(150, 6, 100, 5, 120, 4, 0.5f, 0.5, 4, true);
    }

    /**
     * What training produced: the models (line forms included), and, when asked for, each page's out-of-fold line
     * probabilities through both stages (for tuning how lines are kept).
     */
    record Result(TreeEnsemble lines, TreeEnsemble stacked, TreeEnsemble pageTypes, LineShapes shapes,
                  List<float[]> oof) {
        LineModels models(LineModels.Choice choice) {
            return new LineModels(lines, stacked, pageTypes, shapes, choice);
        }
    }

    private final Settings settings;
    private final Consumer<String> log;

    TextTrainer(Settings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
    }

    Result train(List<TextData.Page> pages, boolean oofSecond) {
        int nf = TextFeatures.LINE_NAMES.size();
        fillInnerShapes(pages);
        Rows all = Rows.of(pages, nf, settings.labelCut, (p, i) -> p.rows()[i]);
        log.accept("line scorer on " + all.n + " lines of " + pages.size() + " pages");
        Booster first = Boosting.train(all.x, all.n, nf, all.y, all.w,
                Boosting.Params.binary(settings.rounds, settings.depth));
        TreeEnsemble lines = TreeExport.export(first, TextFeatures.LINE_NAMES, 2, all.x, all.n);
        first.dispose();
        TreeEnsemble stacked = null;
        List<float[]> oof = null;
        if (settings.stacked) {
            List<float[]> oofFirst = outOfFold(pages, nf, (p, i) -> p.rows()[i], settings.rounds, settings.depth);
            Map<TextData.Page, float[][]> second = new IdentityHashMap<>();
            for (int k = 0; k < pages.size(); k++) {
                second.put(pages.get(k), TextFeatures.stacked(pages.get(k).rows(), oofFirst.get(k)));
            }
            int ns = TextFeatures.STACKED_NAMES.size();
            Rows r2 = Rows.of(pages, ns, settings.labelCut, (p, i) -> second.get(p)[i]);
            log.accept("second stage on " + r2.n + " lines");
            Booster b2 = Boosting.train(r2.x, r2.n, ns, r2.y, r2.w,
                    Boosting.Params.binary(settings.stackedRounds, settings.stackedDepth));
            stacked = TreeExport.export(b2, TextFeatures.STACKED_NAMES, 2, r2.x, r2.n);
            b2.dispose();
            if (oofSecond) {
                oof = outOfFold(pages, ns, (p, i) -> second.get(p)[i], settings.stackedRounds, settings.stackedDepth);
            }
        } else if (oofSecond) {
            oof = outOfFold(pages, nf, (p, i) -> p.rows()[i], settings.rounds, settings.depth);
        }
        TreeEnsemble types = trainTypes(pages);
        LineShapes shapes = ShapeLearner.learn(pages, settings.labelCut);
        log.accept(shapes.size() + " line forms learned");
        return new Result(lines, stacked, types, shapes, oof);
    }

    /** Each page's line-form columns from a table learned on the other inner folds' pages. */
    void fillInnerShapes(List<TextData.Page> pages) {
        for (int k = 0; k < settings.innerFolds; k++) {
            final int fk = k;
            LineShapes s = ShapeLearner.learn(pages.stream().filter(p -> innerFold(p) != fk).toList(),
                    settings.labelCut);
            pages.stream().filter(p -> innerFold(p) == fk).forEach(p -> ShapeLearner.fill(p, s));
        }
    }

    /** Per page, line probabilities from models trained on the other inner folds. */
    List<float[]> outOfFold(List<TextData.Page> pages, int nf, Rows.RowOf rowOf, int rounds, int depth) {
        float[][] out = new float[pages.size()][];
        for (int k = 0; k < settings.innerFolds; k++) {
            final int fk = k;
            List<TextData.Page> train = pages.stream().filter(p -> innerFold(p) != fk).toList();
            Rows r = Rows.of(train, nf, settings.labelCut, rowOf);
            Booster b = Boosting.train(r.x, r.n, nf, r.y, r.w, Boosting.Params.binary(rounds, depth));
            for (int i = 0; i < pages.size(); i++) {
                if (innerFold(pages.get(i)) == k) {
                    out[i] = predict(b, pages.get(i), nf, rowOf);
                }
            }
            b.dispose();
            log.accept("out-of-fold " + (k + 1) + "/" + settings.innerFolds);
        }
        return List.of(out);
    }

    /** The inner fold of a page: a hash of its site, so that a site's pages never inform each other. */
    int innerFold(TextData.Page p) {
        return Math.floorMod(p.site().hashCode() * 31 + 7, settings.innerFolds);
    }

    static float[] predict(Booster b, TextData.Page p, int nf, Rows.RowOf rowOf) {
        int n = p.lines().size();
        float[] out = new float[n];
        if (n == 0) {
            return out;
        }
        float[] x = new float[n * nf];
        for (int s = 0; s < n; s++) {
            System.arraycopy(rowOf.row(p, s), 0, x, s * nf, nf);
        }
        float[][] pr = Boosting.predict(b, x, n, nf);
        for (int s = 0; s < n; s++) {
            out[s] = pr[s][0];
        }
        return out;
    }

    private TreeEnsemble trainTypes(List<TextData.Page> pages) {
        int nf = TextFeatures.PAGE_NAMES.size();
        int n = pages.size();
        float[] x = new float[n * nf];
        float[] y = new float[n];
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(pages.get(i).page(), 0, x, i * nf, nf);
            y[i] = ExtractorTrainer.typeClass(pages.get(i).type());
            w[i] = pages.get(i).wcxb() ? 1f : settings.otherCorporaTypeWeight;
        }
        log.accept("page types on " + n + " pages");
        Booster b = Boosting.train(x, n, nf, y, w, Boosting.Params.multi(LineModels.TYPES.size(),
                settings.typeRounds, settings.typeDepth));
        TreeEnsemble t = TreeExport.export(b, TextFeatures.PAGE_NAMES, LineModels.TYPES.size(), x, n);
        b.dispose();
        return t;
    }

    /** Training rows: features, labels (coverage at least the cut) and weights (a line weighs its words). */
    static final class Rows extends TrainingRows {
        private Rows(int n, int nf) {
            super(n, nf);
        }

        interface RowOf {
            float[] row(TextData.Page p, int line);
        }

        /**
         * Rows of every line of the pages. A line weighs its share of the page's words times the page's line count,
         * so that a page's weight grows with its lines but long lines count more than menu items.
         */
        static Rows of(List<TextData.Page> pages, int nf, double labelCut, RowOf rowOf) {
            int n = 0;
            for (TextData.Page p : pages) {
                n += p.lines().size();
            }
            Rows r = new Rows(n, nf);
            int k = 0;
            for (TextData.Page p : pages) {
                double total = 0;
                List<Integer> words = new ArrayList<>(p.lines().size());
                for (String l : p.lines()) {
                    int w = Math.max(1, Labeler.tokens(l).size());
                    words.add(w);
                    total += w;
                }
                for (int i = 0; i < p.lines().size(); i++) {
                    System.arraycopy(rowOf.row(p, i), 0, r.x, k * nf, nf);
                    r.y[k] = p.coverage()[i] >= labelCut ? 1 : 0;
                    r.w[k] = (float) (p.lines().size() * words.get(i) / total);
                    k++;
                }
            }
            return r;
        }
    }
}
