package org.verbatim.train;

import java.util.List;
import java.util.function.Consumer;
import ml.dmlc.xgboost4j.java.Booster;
import org.verbatim.extract.html.body.ContentModels;
import org.verbatim.extract.html.body.PageFeatures;
import org.verbatim.learn.MeanEnsemble;
import org.verbatim.learn.TreeEnsemble;
import org.verbatim.learn.WordClasses;

/**
 * Trains the extractor's models on a set of pages: the segment scorer (first stage), its second stage over the
 * first stage's out-of-fold view of each segment's surroundings, and the two page-type classifiers (the content one
 * the body rules read, the reported one with the page's links; see {@link ContentModels}). Deterministic:
 * seeded XGBoost on a fixed thread count, pages in a fixed order, folds by a fixed rule.
 */
final class ExtractorTrainer {
    /**
     * Settings; {@link #DEFAULT} is what ships.
     *
     * @param otherCorporaTypeWeight the page-type weight of a fundus or readability page (all articles) against a
     *                               wcxb-dev page's 1
     * @param typeClassBalance       a wcxb-dev page's page-type weight is (mean class size / its class's size) to
     *                               this power: 0 weighs every page alike, 1 every class alike
     */
    record Settings(int segmentRounds, int segmentDepth, int stackedRounds, int stackedDepth, int typeRounds,
                    int typeDepth, float otherCorporaTypeWeight, double typeClassBalance, double labelCut,
                    int innerFolds, int reportedSeeds) {
        /**
         * The page types: 100 rounds, fundus and readability at 0.25, wcxb-dev's classes balanced to the power 0.5,
         * against 150 rounds, 0.5 and no balance: the articles of the other corpora swamped wcxb-dev's article/other
         * boundary. Chosen among 14 settings (rounds, depth, learning rate, column share, these weights) by page-type
         * accuracy on wcxb-dev folds 0-3 from the training rows; {@code ./verbatim eval --suite wcxb --cv}: page-type
         * accuracy 0.8785 -> 0.8859 (folds 0-3 0.8722 -> 0.8814, fold 4 0.9037 either way), article-vs-other F1
         * 0.9318 -> 0.9345; a third fewer trees.
         */
        static final Settings DEFAULT = new Settings(100, 6, 120, 5, 100, 4, 0.25f, 0.5, 0.5, 4, REPORTED_SEEDS);

        /** The settings the segment scorer depends on (the page-type ones left out). */
        String segments() {
            return "segmentRounds=" + segmentRounds + ", segmentDepth=" + segmentDepth + ", stackedRounds="
                    + stackedRounds + ", stackedDepth=" + stackedDepth + ", labelCut=" + labelCut + ", innerFolds="
                    + innerFolds;
        }
    }

    /** What training produced: the models, and the out-of-fold probabilities of each page's segments. */
    record Result(Types types, TreeEnsemble segments, TreeEnsemble stacked, List<float[]> oofFirst) {
        ContentModels models(float[] cuts) {
            return new ContentModels(types.trees(), types.reported(), types.words(), segments, stacked, cuts);
        }

        TreeEnsemble pageTypes() {
            return types.trees();
        }
    }

    /**
     * The page-type classifiers: the word model; the content trees over the page row and the word model's view
     * ({@link PageFeatures#typeNames}); the reported trees over the same and the page's links ({@link
     * PageFeatures#reportedTypeNames}).
     */
    record Types(WordClasses words, TreeEnsemble trees, MeanEnsemble reported) {
    }

    /**
     * How many boosters the reported page-type classifier averages ({@link Settings#reportedSeeds}): 3. One booster's
     * accuracy swings with its seed (trees alone on the cross-validation's rows, seeds 20261204, 1, 2, 3: wcxb-dev
     * folds 0-3 968, 963, 972, 962 of 1,088; fold 4 248, 251, 247, 248 of 270); their mean margins ({@code ./verbatim
     * eval --suite wcxb --cv}): page-type accuracy 0.8954 -> 0.8984 (folds 0-3 968 -> 970, fold 4 248 -> 250),
     * article-vs-other F1 0.9431 -> 0.9417, bodies unchanged (the content classifier stays one booster). Five
     * boosters measured no better (trees alone, mean probabilities: folds 0-3 970, fold 4 251, against 972 and 251
     * for three). Their mean probabilities instead of their mean margins ({@link MeanEnsemble}): page-type accuracy
     * 0.8984 -> 0.8999 (folds 0-3 970 -> 971, fold 4 250 -> 251), article-vs-other F1 0.9417 -> 0.9432.
     */
    static final int REPORTED_SEEDS = 3;

    private final Settings settings;
    private final Consumer<String> log;

    ExtractorTrainer(Settings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
    }

    Result train(List<SegmentData.Item> items) {
        int nf = PageFeatures.segmentNames().size();
        List<float[]> oof = outOfFold(items);
        Rows all = Rows.of(items, nf, settings.labelCut, (it, s) -> it.features().rows()[s]);
        log.accept("first stage on " + all.n + " segments of " + items.size() + " pages");
        Booster first = Boosting.train(all.x, all.n, nf, all.y, all.w,
                Boosting.Params.binary(settings.segmentRounds, settings.segmentDepth));
        TreeEnsemble segments = TreeExport.export(first, PageFeatures.segmentNames(), 2, all.x, all.n);
        int ns = PageFeatures.stackedNames().size();
        java.util.Map<SegmentData.Item, float[][]> stacked = new java.util.IdentityHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            stacked.put(items.get(i), items.get(i).features().stacked(oof.get(i)));
        }
        java.util.Map<SegmentData.Item, float[]> firstOf = new java.util.IdentityHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            firstOf.put(items.get(i), oof.get(i));
        }
        Rows second = Rows.of(items, ns, settings.labelCut, (it, s) -> stacked.get(it)[s],
                (it, s) -> ContentModels.rescored(firstOf.get(it)[s]));
        log.accept("second stage on " + second.n + " segments the first stage is unsure of");
        Booster b2 = Boosting.train(second.x, second.n, ns, second.y, second.w,
                Boosting.Params.binary(settings.stackedRounds, settings.stackedDepth));
        TreeEnsemble stackedModel = TreeExport.export(b2, PageFeatures.stackedNames(), 2, second.x, second.n);
        return new Result(trainTypes(items), segments, stackedModel, oof);
    }

    /**
     * Second-stage probabilities of each page's segments from second stages that did not see the page (their rows
     * built from the first stage's out-of-fold probabilities {@code oofFirst}); for tuning the cuts.
     */
    List<float[]> outOfFoldSecond(List<SegmentData.Item> items, List<float[]> oofFirst) {
        int ns = PageFeatures.stackedNames().size();
        java.util.Map<SegmentData.Item, float[][]> stacked = new java.util.IdentityHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            stacked.put(items.get(i), items.get(i).features().stacked(oofFirst.get(i)));
        }
        java.util.Map<SegmentData.Item, float[]> firstOf = new java.util.IdentityHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            firstOf.put(items.get(i), oofFirst.get(i));
        }
        float[][] out = new float[items.size()][];
        for (int k = 0; k < settings.innerFolds; k++) {
            final int fk = k;
            List<SegmentData.Item> train = items.stream().filter(i -> innerFold(i) != fk).toList();
            Rows r = Rows.of(train, ns, settings.labelCut, (it, s) -> stacked.get(it)[s],
                    (it, s) -> ContentModels.rescored(firstOf.get(it)[s]));
            Booster b = Boosting.train(r.x, r.n, ns, r.y, r.w,
                    Boosting.Params.binary(settings.stackedRounds, settings.stackedDepth));
            for (int i = 0; i < items.size(); i++) {
                if (innerFold(items.get(i)) == k) {
                    float[] p1 = oofFirst.get(i);
                    float[] p2 = predict(b, stacked.get(items.get(i)), ns);
                    for (int s = 0; s < p2.length; s++) {
                        p2[s] = ContentModels.rescored(p1[s]) ? p2[s] : p1[s];
                    }
                    out[i] = p2;
                }
            }
            b.dispose();
            log.accept("out-of-fold second stage " + (k + 1) + "/" + settings.innerFolds);
        }
        return List.of(out);
    }

    /** First-stage probabilities of each page's segments from models that did not see the page. */
    List<float[]> outOfFold(List<SegmentData.Item> items) {
        int nf = PageFeatures.segmentNames().size();
        float[][] out = new float[items.size()][];
        for (int k = 0; k < settings.innerFolds; k++) {
            final int fk = k;
            List<SegmentData.Item> train = items.stream().filter(i -> innerFold(i) != fk).toList();
            Rows r = Rows.of(train, nf, settings.labelCut, (it, s) -> it.features().rows()[s]);
            Booster b = Boosting.train(r.x, r.n, nf, r.y, r.w,
                    Boosting.Params.binary(settings.segmentRounds, settings.segmentDepth));
            for (int i = 0; i < items.size(); i++) {
                if (innerFold(items.get(i)) == k) {
                    out[i] = predict(b, items.get(i).features().rows(), nf);
                }
            }
            b.dispose();
            log.accept("out-of-fold first stage " + (k + 1) + "/" + settings.innerFolds);
        }
        return List.of(out);
    }

    /** The fold a page takes in inner cross-validation: its wcxb fold, else a hash of its corpus and id. */
    private int innerFold(SegmentData.Item it) {
        TrainingPage p = it.page();
        return p.fold() >= 0 ? p.fold() % settings.innerFolds : Math.floorMod(p.key().hashCode(), settings.innerFolds);
    }

    static float[] predict(Booster b, float[][] rows, int nf) {
        int n = rows.length;
        float[] out = new float[n];
        if (n == 0) {
            return out;
        }
        float[] x = new float[n * nf];
        for (int s = 0; s < n; s++) {
            System.arraycopy(rows[s], 0, x, s * nf, nf);
        }
        float[][] p = Boosting.predict(b, x, n, nf);
        for (int s = 0; s < n; s++) {
            out[s] = p[s][0];
        }
        return out;
    }

    /**
     * The page-type classifier. The word model learns from every page; the trees learn from each page's row and the
     * word model's probabilities for it from a word model that did not see the page (inner folds), so that the trees
     * learn how far to trust the words on pages the words were not fitted to.
     */
    Types trainTypes(List<SegmentData.Item> items) {
        List<String> labels = ContentModels.labels();
        WordClasses words = WordTrainer.train(docs(items, i -> true), labels);
        float[][] oofWords = new float[items.size()][];
        for (int k = 0; k < settings.innerFolds; k++) {
            final int fk = k;
            WordClasses inner = WordTrainer.train(docs(items, i -> innerFold(i) != fk), labels);
            for (int i = 0; i < items.size(); i++) {
                if (innerFold(items.get(i)) == k) {
                    oofWords[i] = inner.probabilities(items.get(i).features().words());
                }
            }
            log.accept("out-of-fold page words " + (k + 1) + "/" + settings.innerFolds);
        }
        log.accept("page types on " + items.size() + " pages (" + words.size() + " words)");
        TreeEnsemble content = typeTrees(items, PageFeatures.typeNames(), 1,
                i -> ContentModels.typeRow(items.get(i).features().page(), oofWords[i])).members().get(0);
        log.accept("reported page types (with the links) on " + items.size() + " pages");
        MeanEnsemble reported = typeTrees(items, PageFeatures.reportedTypeNames(), settings.reportedSeeds,
                i -> ContentModels.reportedTypeRow(items.get(i).features().page(), items.get(i).features().links(),
                        oofWords[i]));
        return new Types(words, content, reported);
    }

    /**
     * Page-type trees over the rows {@code row} gives each page (by index), with the settings' weights; with
     * {@code seeds} above 1, that many boosters trained alike but for their seed (the models' seed, then 1, 2, ...), their
     * probabilities averaged ({@link TreeExport#mean}).
     */
    private MeanEnsemble typeTrees(List<SegmentData.Item> items, List<String> names, int seeds,
                                   java.util.function.IntFunction<float[]> row) {
        int nf = names.size();
        int n = items.size();
        float[] x = new float[n * nf];
        float[] y = new float[n];
        float[] w = new float[n];
        int[] size = new int[ContentModels.TYPES.size()];
        for (int i = 0; i < n; i++) {
            System.arraycopy(row.apply(i), 0, x, i * nf, nf);
            y[i] = typeClass(items.get(i).page().type());
            size[(int) y[i]] += wcxb(items.get(i)) ? 1 : 0;
        }
        double mean = java.util.Arrays.stream(size).average().orElse(1);
        for (int i = 0; i < n; i++) {
            w[i] = wcxb(items.get(i)) ? (float) Math.pow(mean / size[(int) y[i]], settings.typeClassBalance)
                    : settings.otherCorporaTypeWeight;
        }
        Boosting.Params params = Boosting.Params.multi(ContentModels.TYPES.size(), settings.typeRounds,
                settings.typeDepth);
        List<Booster> boosters = new java.util.ArrayList<>();
        for (int s = 0; s < seeds; s++) {
            // the seed every model is trained with (Boosting.Params.multi), then 1, 2, ...
            boosters.add(Boosting.train(x, n, nf, y, w, params.withSeed(s == 0 ? params.seed() : s)));
        }
        MeanEnsemble trees = TreeExport.mean(boosters, names, ContentModels.TYPES.size(), x, n);
        boosters.forEach(Booster::dispose);
        return trees;
    }

    private static boolean wcxb(SegmentData.Item it) {
        return it.page().corpus().equals("wcxb");
    }

    private static List<WordTrainer.Doc> docs(List<SegmentData.Item> items,
                                              java.util.function.Predicate<SegmentData.Item> keep) {
        return items.stream().filter(keep)
                .map(i -> new WordTrainer.Doc(i.features().words(), i.page().type())).toList();
    }

    static int typeClass(String type) {
        for (int c = 0; c < ContentModels.TYPES.size(); c++) {
            if (ContentModels.TYPES.get(c).label().equals(type)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown page type " + type);
    }

    /** Training rows: features, labels (coverage at least the cut) and weights (each page weighs its segments). */
    static final class Rows extends TrainingRows {
        private Rows(int n, int nf) {
            super(n, nf);
        }

        interface RowOf {
            float[] row(SegmentData.Item it, int segment);
        }

        interface Keep {
            boolean test(SegmentData.Item it, int segment);
        }

        static Rows of(List<SegmentData.Item> items, int nf, double labelCut, RowOf rowOf) {
            return of(items, nf, labelCut, rowOf, (it, s) -> true);
        }

        /**
         * Rows of every segment of the pages. A segment weighs its share of the page's words times the page's
         * segment count, so that a page's weight grows with its segments but long segments count more than menus.
         */
        static Rows of(List<SegmentData.Item> items, int nf, double labelCut, RowOf rowOf, Keep keep) {
            int n = 0;
            for (SegmentData.Item it : items) {
                for (int s = 0; s < it.segments(); s++) {
                    n += keep.test(it, s) ? 1 : 0;
                }
            }
            Rows r = new Rows(n, nf);
            int k = 0;
            for (SegmentData.Item it : items) {
                float[][] first = it.features().rows();
                double total = 0;
                for (float[] row : first) {
                    total += words(row);
                }
                for (int s = 0; s < first.length; s++) {
                    if (!keep.test(it, s)) {
                        continue;
                    }
                    System.arraycopy(rowOf.row(it, s), 0, r.x, k * nf, nf);
                    r.y[k] = it.coverage()[s] >= labelCut ? 1 : 0;
                    r.w[k] = (float) (first.length * words(first[s]) / total);
                    k++;
                }
            }
            return r;
        }

        private static final int WORDS = PageFeatures.segmentNames().indexOf("words_log");

        private static double words(float[] row) {
            return Math.max(1, Math.expm1(row[WORDS]));
        }
    }
}
