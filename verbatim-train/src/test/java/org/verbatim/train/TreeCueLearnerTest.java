package org.verbatim.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.verbatim.enrich.FeatureTrees;
import org.verbatim.train.quotes.CueLearner;
import org.verbatim.train.quotes.LogisticTrainer;

class TreeCueLearnerTest {
    private static final long SEED = Long.getLong("verbatim.seed", 20261206L);

    /**
     * Seeded samples where the label is "a cue word with a clause": positive when both {@code cue} and {@code that}
     * are present, and when neither is (a cue-less report), negative when only one is: an interaction no single
     * weight per feature can express. Noise features come with every sample; a few labels are flipped.
     */
    private static List<LogisticTrainer.Sample> samples(int n, Random rnd) {
        List<LogisticTrainer.Sample> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean cue = rnd.nextBoolean();
            boolean that = rnd.nextBoolean();
            List<String> f = new ArrayList<>();
            if (cue) {
                f.add("cue");
            }
            if (that) {
                f.add("that");
            }
            f.add("noise=" + rnd.nextInt(20));
            f.add("rare=" + rnd.nextInt(100_000));
            boolean label = cue == that;
            out.add(new LogisticTrainer.Sample(f.toArray(String[]::new), rnd.nextInt(50) == 0 != label));
        }
        return out;
    }

    @Test
    void learnsAnInteractionTheLogisticModelCannot() {
        List<LogisticTrainer.Sample> train = samples(3000, new Random(SEED));
        CueLearner.Fit trees = new TreeCueLearner().fit(train);
        CueLearner.Fit linear = CueLearner.MAXENT.fit(train);
        List<LogisticTrainer.Sample> test = samples(1000, new Random(SEED + 1));
        assertThat(accuracy(trees, test)).as("trees").isGreaterThan(0.95);
        assertThat(accuracy(linear, test)).as("logistic").isLessThan(0.7);
        assertThat(trees.model()).isInstanceOf(FeatureTrees.class);
        assertThat(((FeatureTrees) trees.model()).featureCount()).as("rare features are left out")
                .isLessThan(30);
    }

    @Test
    void theSameSamplesGiveTheSameBytes() throws Exception {
        List<LogisticTrainer.Sample> train = samples(2000, new Random(SEED));
        assertThat(text(new TreeCueLearner().fit(train))).isEqualTo(text(new TreeCueLearner().fit(train)));
    }

    @Test
    void seededRowAndColumnSamplingGivesTheSameBytes() throws Exception {
        List<LogisticTrainer.Sample> train = samples(2000, new Random(SEED));
        TreeCueLearner.Settings sampled = new TreeCueLearner.Settings(6, 0.1, 50, 1.0, 1.0, 0.8, 0.5, 2);
        String once = text(new TreeCueLearner(sampled).fit(train));
        assertThat(text(new TreeCueLearner(sampled).fit(train))).isEqualTo(once);
        assertThat(once).isNotEqualTo(text(new TreeCueLearner(new TreeCueLearner.Settings(6, 0.1, 50, 1.0, 1.0,
                1.0, 1.0, 2)).fit(train)));
    }

    @Test
    void otherSettingsGiveOtherTreesAndSaySo() {
        List<LogisticTrainer.Sample> train = samples(2000, new Random(SEED));
        TreeCueLearner.Settings small = new TreeCueLearner.Settings(2, 0.3, 20, 2.0, 1.0, 0.8, 1.0, 2);
        CueLearner.Fit fit = new TreeCueLearner(small).fit(train);
        assertThat(((FeatureTrees) fit.model()).size()).isEqualTo(20);
        assertThat(fit.algorithm()).contains("depth 2, eta 0.30, 20 rounds, min child weight 2.0, subsample 0.8,")
                .doesNotContain("lambda").doesNotContain("colsample");
        assertThat(new TreeCueLearner().fit(train).algorithm()).contains(", " + TreeCueLearner.ROUNDS + " rounds, "
                + "features seen in");
    }

    @Test
    void isFoundByName() {
        assertThat(CueLearner.named("trees")).isInstanceOf(TreeCueLearner.class);
        assertThat(CueLearner.named("maxent")).isSameAs(CueLearner.MAXENT);
    }

    private static double accuracy(CueLearner.Fit fit, List<LogisticTrainer.Sample> test) {
        int right = 0;
        for (LogisticTrainer.Sample s : test) {
            boolean yes = fit.model().probability(s.features(), s.features().length) >= 0.5;
            right += yes == s.positive() ? 1 : 0;
        }
        return (double) right / test.size();
    }

    private static String text(CueLearner.Fit fit) throws Exception {
        StringWriter w = new StringWriter();
        ((FeatureTrees) fit.model()).write(w);
        return w.toString();
    }
}
