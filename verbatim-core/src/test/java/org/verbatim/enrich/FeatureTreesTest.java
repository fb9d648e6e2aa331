package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeatureTreesTest {
    private static final long SEED = Long.getLong("verbatim.seed", 20261206L);

    /** Tree 1: "cue=said" present -> 1.5, else ("that" present -> 0.5, else -2). Tree 2: "that" present -> -0.25. */
    private static FeatureTrees model() {
        FeatureTrees.Tree first = new FeatureTrees.Tree(new int[] {0, -1, 1, -1, -1}, new int[] {1, 0, 3, 0, 0},
                new int[] {2, 0, 4, 0, 0}, new float[] {0, 1.5f, 0, 0.5f, -2f});
        FeatureTrees.Tree second = new FeatureTrees.Tree(new int[] {1, -1, -1}, new int[] {1, 0, 0},
                new int[] {2, 0, 0}, new float[] {0, -0.25f, 0});
        return new FeatureTrees(List.of("cue=said", "that"), List.of(first, second), 0.4,
                Map.of("__quoted_by_rules__", 1.0));
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    void sumsTheLeavesOnEachTreesPath() {
        FeatureTrees m = model();
        assertThat(m.probability(new String[] {"cue=said", "that"}, 2)).isCloseTo(sigmoid(1.5 - 0.25), within(1e-9));
        assertThat(m.probability(new String[] {"that", "x"}, 2)).isCloseTo(sigmoid(0.5 - 0.25), within(1e-9));
        assertThat(m.probability(new String[] {"unknown"}, 1)).isCloseTo(sigmoid(-2), within(1e-9));
        assertThat(m.probability(new String[] {"unknown", "cue=said"}, 1)).as("only the first n count")
                .isCloseTo(sigmoid(-2), within(1e-9));
        assertThat(m.probability(new String[] {"cue=said", "cue=said"}, 2)).as("a repeated feature counts once")
                .isCloseTo(sigmoid(1.5), within(1e-9));
    }

    @Test
    void keepsThresholdAndOptionsAndChangesThemOnCopies() {
        FeatureTrees m = model();
        assertThat(m.threshold()).isEqualTo(0.4);
        assertThat(m.option("__quoted_by_rules__", 7)).isEqualTo(1.0);
        assertThat(m.option("__other__", 7)).isEqualTo(7.0);
        FeatureTrees n = m.withThreshold(0.6).withOption("__other__", 0.8);
        assertThat(n.threshold()).isEqualTo(0.6);
        assertThat(n.option("__other__", 7)).isEqualTo(0.8);
        assertThat(m.threshold()).as("the original is unchanged").isEqualTo(0.4);
        assertThat(n.probability(new String[] {"that"}, 1)).isEqualTo(m.probability(new String[] {"that"}, 1));
        assertThatThrownBy(() -> m.withOption("plain", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTextFormReadsBackToTheSameBytesAndScores() throws Exception {
        FeatureTrees m = randomModel(new Random(SEED));
        String text = text(m);
        FeatureTrees back = FeatureTrees.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(text(back)).isEqualTo(text);
        Random rnd = new Random(SEED + 1);
        for (int i = 0; i < 200; i++) {
            String[] f = new String[6];
            for (int k = 0; k < f.length; k++) {
                f[k] = "f" + rnd.nextInt(40);
            }
            assertThat(back.probability(f, f.length)).isEqualTo(m.probability(f, f.length));
        }
    }

    @Test
    void refusesMalformedTextNamingTheLine() {
        String good = text(model());
        String bad = good.replace("split\t1\t1\t2", "split\t1\t0\t2");
        assertThatThrownBy(() -> FeatureTrees.read(stream(bad))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line").hasMessageContaining("out of order");
        assertThatThrownBy(() -> FeatureTrees.read(stream("# only a comment\n")))
                .hasMessageContaining(FeatureTrees.MAGIC);
        assertThatThrownBy(() -> FeatureTrees.read(stream(good.replace("leaf\t1.5", "leaf\tmany"))))
                .hasMessageContaining("not a number");
        assertThatThrownBy(() -> FeatureTrees.read(stream(good.substring(0, good.length() - 20))))
                .hasMessageContaining("ends early");
    }

    @Test
    void refusesTreesThatAskAboutUnlistedFeatures() {
        FeatureTrees.Tree t = new FeatureTrees.Tree(new int[] {5, -1, -1}, new int[] {1, 0, 0}, new int[] {2, 0, 0},
                new float[] {0, 1, -1});
        assertThatThrownBy(() -> new FeatureTrees(List.of("a"), List.of(t), 0.5, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("feature 5");
    }

    private static FeatureTrees randomModel(Random rnd) {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            names.add("f" + i);
        }
        List<FeatureTrees.Tree> trees = new java.util.ArrayList<>();
        for (int t = 0; t < 30; t++) {
            // a complete tree of depth 3 in preorder: 7 splits, 8 leaves
            int[] f = new int[15];
            int[] yes = new int[15];
            int[] no = new int[15];
            float[] v = new float[15];
            fill(0, 3, f, yes, no, v, rnd, new int[] {0});
            trees.add(new FeatureTrees.Tree(f, yes, no, v));
        }
        return new FeatureTrees(names, trees, 0.3375, Map.of("__speakerless_weak__", 0.8));
    }

    private static int fill(int at, int depth, int[] f, int[] yes, int[] no, float[] v, Random rnd, int[] next) {
        next[0] = at + 1;
        if (depth == 0) {
            f[at] = -1;
            v[at] = (float) rnd.nextGaussian();
            return at;
        }
        f[at] = rnd.nextInt(40);
        yes[at] = fill(next[0], depth - 1, f, yes, no, v, rnd, next);
        no[at] = fill(next[0], depth - 1, f, yes, no, v, rnd, next);
        return at;
    }

    private static String text(FeatureTrees m) {
        StringWriter w = new StringWriter();
        try {
            m.write(w, "a test model");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
