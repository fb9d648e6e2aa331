package org.verbatim.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import ml.dmlc.xgboost4j.java.Booster;
import org.junit.jupiter.api.Test;
import org.verbatim.learn.MeanEnsemble;
import org.verbatim.learn.TreeEnsemble;

class BoostingTest {
    private static final long SEED = Long.getLong("verbatim.seed", 20261205L);

    /** Seeded rows: the label is whether x0 + x1 > 1, with a noisy third feature and some missing values. */
    /** {@code n} rows of two features; the class (0, 1 or 2) is the first feature's whole part, put in {@code labels}. */
    private static float[] threeClassRows(int n, float[] labels, Random rnd) {
        float[] x = new float[n * 2];
        for (int i = 0; i < n; i++) {
            x[2 * i] = rnd.nextFloat() * 3;
            x[2 * i + 1] = rnd.nextFloat();
            labels[i] = (int) x[2 * i];
        }
        return x;
    }

    private static float[] rows(int n, float[] labels, Random rnd) {
        float[] x = new float[n * 3];
        for (int i = 0; i < n; i++) {
            x[3 * i] = rnd.nextFloat();
            x[3 * i + 1] = rnd.nextInt(10) == 0 ? Float.NaN : rnd.nextFloat();
            x[3 * i + 2] = rnd.nextFloat();
            float x1 = Float.isNaN(x[3 * i + 1]) ? 0.5f : x[3 * i + 1];
            labels[i] = x[3 * i] + x1 > 1 ? 1 : 0;
        }
        return x;
    }

    @Test
    void trainingTwiceOnTheSameRowsGivesTheSameModelBytesAndTheExportAgreesWithXgboost() {
        int n = 2000;
        float[] y = new float[n];
        float[] x = rows(n, y, new Random(SEED));
        List<String> names = List.of("x0", "x1", "noise");
        Boosting.Params p = Boosting.Params.binary(30, 3);
        Booster a = Boosting.train(x, n, 3, y, null, p);
        Booster b = Boosting.train(x, n, 3, y, null, p);
        TreeEnsemble ma = TreeExport.export(a, names, 2, x, n); // checks every sampled row against XGBoost itself
        TreeEnsemble mb = TreeExport.export(b, names, 2, x, n);
        assertThat(mb.write()).isEqualTo(ma.write());
        int right = 0;
        for (int i = 0; i < n; i++) {
            float[] row = {x[3 * i], x[3 * i + 1], x[3 * i + 2]};
            right += (ma.probability(row) >= 0.5f) == (y[i] == 1) ? 1 : 0;
        }
        assertThat((double) right / n).as("the learned rule").isGreaterThan(0.9);
    }

    @Test
    void aMultiClassExportGivesXgboostsProbabilities() {
        int n = 900;
        float[] y = new float[n];
        float[] x = threeClassRows(n, y, new Random(SEED + 1));
        Booster b = Boosting.train(x, n, 2, y, null, Boosting.Params.multi(3, 20, 2));
        TreeEnsemble m = TreeExport.export(b, List.of("a", "b"), 3, x, n);
        float[][] ref = Boosting.predict(b, x, n, 2);
        for (int i = 0; i < n; i += 37) {
            float[] ours = m.probabilities(new float[] {x[2 * i], x[2 * i + 1]});
            for (int c = 0; c < 3; c++) {
                assertThat(ours[c]).isCloseTo(ref[i][c], org.assertj.core.api.Assertions.within(1e-4f));
            }
        }
    }

    @Test
    void aMeanOfSeedsHasTheMeanOfTheirProbabilitiesAndTheSameBytesTwice() throws java.io.IOException {
        int n = 900;
        float[] y = new float[n];
        float[] x = threeClassRows(n, y, new Random(SEED + 2));
        Boosting.Params p = Boosting.Params.multi(3, 20, 2);
        List<String> names = List.of("a", "b");
        List<Booster> three = List.of(Boosting.train(x, n, 2, y, null, p.withSeed(1)),
                Boosting.train(x, n, 2, y, null, p.withSeed(2)), Boosting.train(x, n, 2, y, null, p.withSeed(3)));
        MeanEnsemble mean = TreeExport.mean(three, names, 3, x, n); // checks the mean probabilities against XGBoost's
        assertThat(mean.trees()).isEqualTo(3 * 20 * 3);
        assertThat(TreeExport.mean(three, names, 3, x, n).write()).isEqualTo(mean.write());
        MeanEnsemble read = MeanEnsemble.read(new java.io.ByteArrayInputStream(mean.write()));
        assertThat(read.write()).isEqualTo(mean.write());
        List<TreeEnsemble> each = three.stream().map(b -> TreeExport.export(b, names, 3, x, n)).toList();
        for (int i = 0; i < n; i += 41) {
            float[] row = {x[2 * i], x[2 * i + 1]};
            float[] got = read.probabilities(row);
            for (int c = 0; c < 3; c++) {
                float expected = 0;
                for (TreeEnsemble m : each) {
                    expected += m.probabilities(row)[c] / 3;
                }
                assertThat(got[c]).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-5f));
            }
        }
        MeanEnsemble one = TreeExport.mean(three.subList(0, 1), names, 3, x, n);
        assertThat(one.members().get(0).write()).as("one booster: the plain export").isEqualTo(each.get(0).write());
        assertThat(one.probabilities(new float[] {1.5f, 0.5f}))
                .isEqualTo(each.get(0).probabilities(new float[] {1.5f, 0.5f}));
    }
}
