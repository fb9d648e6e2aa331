package org.verbatim.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TreeEnsembleTest {
    private static final long SEED = Long.getLong("verbatim.seed", 20261205L);
    private static final List<String> NAMES = List.of("a", "b", "c");

    /** x[0] < 0.5 ? (x[1] < 2 ? 1 : 2) : -1, NaN of feature 0 going right. */
    private static TreeEnsemble.Tree small() {
        return new TreeEnsemble.Tree(new short[] {0, 1, -1, -1, -1}, new float[] {0.5f, 2f, -1f, 1f, 2f},
                new int[] {1, 3, 0, 0, 0}, new int[] {2, 4, 0, 0, 0}, new boolean[] {false, true, false, false, false});
    }

    @Test
    void aRowFollowsTheSplitsToItsLeaf() {
        TreeEnsemble m = new TreeEnsemble(NAMES, 1, 0.25f, List.of(small()));
        assertThat(m.margin(new float[] {0.1f, 1f, 0}, 0)).isEqualTo(1.25f);
        assertThat(m.margin(new float[] {0.1f, 2f, 0}, 0)).as("the threshold itself goes right").isEqualTo(2.25f);
        assertThat(m.margin(new float[] {0.9f, 1f, 0}, 0)).isEqualTo(-0.75f);
        assertThat(m.margin(new float[] {Float.NaN, 1f, 0}, 0)).as("NaN follows the node's default").isEqualTo(-0.75f);
        assertThat(m.margin(new float[] {0.1f, Float.NaN, 0}, 0)).isEqualTo(1.25f);
        assertThat(m.probability(new float[] {0.9f, 1f, 0})).isCloseTo((float) (1 / (1 + Math.exp(0.75))),
                within(1e-6f));
    }

    @Test
    void classesTakeTheirTreesInTurnAndSoftmaxSumsToOne() {
        TreeEnsemble m = new TreeEnsemble(NAMES, 2, 0f, List.of(small(), leaf(3f), small(), leaf(-1f)));
        float[] row = {0.1f, 1f, 0};
        assertThat(m.margin(row, 0)).isEqualTo(2f);
        assertThat(m.margin(row, 1)).isEqualTo(2f);
        float[] p = m.probabilities(row);
        assertThat(p[0] + p[1]).isCloseTo(1f, within(1e-6f));
        assertThat(p[0]).isCloseTo(0.5f, within(1e-6f));
    }

    @Test
    void theSerialisedFormGivesTheSameMarginsOnRandomTreesAndRows() throws IOException {
        Random rnd = new Random(SEED);
        for (int round = 0; round < 20; round++) {
            int classes = 1 + rnd.nextInt(3);
            List<TreeEnsemble.Tree> trees = new ArrayList<>();
            int count = classes * (1 + rnd.nextInt(5));
            for (int t = 0; t < count; t++) {
                trees.add(random(rnd, NAMES.size(), 1 + rnd.nextInt(5)));
            }
            TreeEnsemble m = new TreeEnsemble(NAMES, classes, rnd.nextFloat(), trees);
            TreeEnsemble back = TreeEnsemble.read(new ByteArrayInputStream(m.write()));
            assertThat(back.write()).as("seed " + SEED + " round " + round).isEqualTo(m.write());
            for (int r = 0; r < 50; r++) {
                float[] row = {rnd.nextFloat() * 4 - 2, rnd.nextBoolean() ? Float.NaN : rnd.nextFloat(),
                    rnd.nextInt(3)};
                for (int c = 0; c < classes; c++) {
                    assertThat(back.margin(row, c)).isEqualTo(m.margin(row, c));
                }
            }
        }
    }

    @Test
    void manyRowsAtOnceGiveExactlyTheProbabilitiesOfOneRowAtATime() {
        Random rnd = new Random(SEED + 1);
        for (int round = 0; round < 20; round++) {
            List<TreeEnsemble.Tree> trees = new ArrayList<>();
            int count = 1 + rnd.nextInt(30);
            for (int t = 0; t < count; t++) {
                trees.add(random(rnd, NAMES.size(), 1 + rnd.nextInt(6)));
            }
            TreeEnsemble m = new TreeEnsemble(NAMES, 1, rnd.nextFloat() - 0.5f, trees);
            float[][] rows = new float[rnd.nextInt(40)][];
            for (int r = 0; r < rows.length; r++) {
                rows[r] = new float[] {rnd.nextFloat() * 4 - 2, rnd.nextBoolean() ? Float.NaN : rnd.nextFloat(),
                    rnd.nextInt(3)};
            }
            float[] batch = m.probabilities(rows);
            assertThat(batch).hasSize(rows.length);
            for (int r = 0; r < rows.length; r++) {
                assertThat(batch[r]).as("seed " + SEED + " round " + round + " row " + r)
                        .isEqualTo(m.probability(rows[r]));
            }
        }
    }

    @Test
    void unevenTreesGiveWhatAPlainWalkGivesForOneRowManyRowsAndEveryClass() {
        Random rnd = new Random(SEED + 2);
        for (int round = 0; round < 30; round++) {
            int classes = 1 + rnd.nextInt(3);
            List<TreeEnsemble.Tree> trees = new ArrayList<>();
            int count = classes * (1 + rnd.nextInt(12));
            for (int t = 0; t < count; t++) {
                trees.add(uneven(rnd, NAMES.size(), 1 + rnd.nextInt(40)));
            }
            float base = rnd.nextFloat() - 0.5f;
            TreeEnsemble m = new TreeEnsemble(NAMES, classes, base, trees);
            float[][] rows = new float[rnd.nextInt(23)][];
            for (int r = 0; r < rows.length; r++) {
                rows[r] = new float[] {rnd.nextFloat() * 4 - 2, rnd.nextBoolean() ? Float.NaN : rnd.nextFloat(),
                    rnd.nextInt(3) - 1};
            }
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < classes; c++) {
                    float sum = base;
                    for (int t = c; t < trees.size(); t += classes) {
                        sum += walk(trees.get(t), rows[r]);
                    }
                    assertThat(m.margin(rows[r], c)).as("seed " + SEED + " round " + round + " row " + r)
                            .isEqualTo(sum);
                }
            }
            if (classes == 1) {
                float[] batch = m.probabilities(rows);
                for (int r = 0; r < rows.length; r++) {
                    assertThat(batch[r]).isEqualTo(m.probability(rows[r]));
                }
            }
        }
    }

    /** The plain walk, node by node until a leaf, as the trees' arrays say. */
    private static float walk(TreeEnsemble.Tree t, float[] row) {
        int i = 0;
        while (t.feature()[i] >= 0) {
            float x = row[t.feature()[i]];
            boolean left = Float.isNaN(x) ? t.nanLeft()[i] : x < t.value()[i];
            i = left ? t.left()[i] : t.right()[i];
        }
        return t.value()[i];
    }

    /** A random tree of about {@code splits} splits, grown at random leaves, so its leaves lie at uneven depths. */
    private static TreeEnsemble.Tree uneven(Random rnd, int features, int splits) {
        List<int[]> children = new ArrayList<>();
        children.add(null);
        List<Integer> open = new ArrayList<>(List.of(0));
        for (int s = 0; s < splits; s++) {
            int node = open.remove(rnd.nextInt(open.size()));
            int l = children.size();
            children.add(null);
            children.add(null);
            children.set(node, new int[] {l, l + 1});
            open.add(l);
            open.add(l + 1);
        }
        int size = children.size();
        TreeEnsemble.Tree t = new TreeEnsemble.Tree(new short[size], new float[size], new int[size], new int[size],
                new boolean[size]);
        for (int i = 0; i < size; i++) {
            if (children.get(i) == null) {
                t.feature()[i] = -1;
                t.value()[i] = rnd.nextFloat() - 0.5f;
            } else {
                t.feature()[i] = (short) rnd.nextInt(features);
                t.value()[i] = rnd.nextInt(4) == 0 ? rnd.nextInt(3) - 1 : rnd.nextFloat();
                t.left()[i] = children.get(i)[0];
                t.right()[i] = children.get(i)[1];
                t.nanLeft()[i] = rnd.nextBoolean();
            }
        }
        return t;
    }

    @Test
    void aModelTrainedOnOtherFeaturesIsRefused() {
        TreeEnsemble m = new TreeEnsemble(NAMES, 1, 0f, List.of(small()));
        assertThatThrownBy(() -> m.requireFeatures(List.of("a", "b", "d"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("retrain");
        assertThat(m.requireFeatures(List.of("a", "b", "c"))).isSameAs(m);
    }

    @Test
    void badInputIsAnIoExceptionNotACrash() {
        byte[] good = new TreeEnsemble(NAMES, 1, 0f, List.of(small())).write();
        assertThatThrownBy(() -> TreeEnsemble.read(new ByteArrayInputStream("not a model".getBytes())))
                .isInstanceOf(IOException.class);
        byte[] cut = java.util.Arrays.copyOf(good, good.length - 5);
        assertThatThrownBy(() -> TreeEnsemble.read(new ByteArrayInputStream(cut))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> new TreeEnsemble(NAMES, 1, 0f, List.of(new TreeEnsemble.Tree(new short[] {5},
                new float[1], new int[1], new int[1], new boolean[1])))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TreeEnsemble(NAMES, 2, 0f, List.of(small())))
                .as("trees must divide among the classes").isInstanceOf(IllegalArgumentException.class);
    }

    private static TreeEnsemble.Tree leaf(float v) {
        return new TreeEnsemble.Tree(new short[] {-1}, new float[] {v}, new int[1], new int[1], new boolean[1]);
    }

    /** A random complete tree of the given depth, nodes numbered breadth-first. */
    private static TreeEnsemble.Tree random(Random rnd, int features, int depth) {
        int size = (1 << (depth + 1)) - 1;
        TreeEnsemble.Tree t = new TreeEnsemble.Tree(new short[size], new float[size], new int[size], new int[size],
                new boolean[size]);
        for (int i = 0; i < size; i++) {
            if (2 * i + 2 < size) {
                t.feature()[i] = (short) rnd.nextInt(features);
                t.value()[i] = rnd.nextFloat();
                t.left()[i] = 2 * i + 1;
                t.right()[i] = 2 * i + 2;
                t.nanLeft()[i] = rnd.nextBoolean();
            } else {
                t.feature()[i] = -1;
                t.value()[i] = rnd.nextFloat() - 0.5f;
            }
        }
        return t;
    }
}
