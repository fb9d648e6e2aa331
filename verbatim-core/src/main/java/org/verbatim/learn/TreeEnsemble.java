package org.verbatim.learn;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An ensemble of binary decision trees over a float feature vector, as gradient boosting trains them: the margin of
 * class {@code c} is {@code base + } the sum of the leaves reached in the trees of that class (tree {@code t} belongs
 * to class {@code t % classes}); one class gives a probability by the logistic function, several by softmax.
 *
 * <p>A node sends a row left when {@code row[feature] < threshold} (or when the value is NaN and the node says so).
 * Immutable and thread-safe; evaluation allocates nothing for one class.
 *
 * <p>Evaluation walks every tree a fixed number of steps, its depth, with leaves pointing to themselves, so a walk has
 * no exit test to mispredict, and walks eight rows side by side so that their memory reads overlap. The
 * sums are added in tree order whatever the walk, so every figure is the one a plain walk gives, to the bit.
 *
 * <p>Serialised form ({@link #write}/{@link #read}): a magic string, the feature names (a model is refused when the
 * caller's names differ, so features and model never drift apart silently), the class count, the base margin, then
 * each tree as parallel arrays.
 */
public final class TreeEnsemble {
    private static final String MAGIC = "verbatim-trees-1";

    private final List<String> features;
    private final int classes;
    private final float base;
    /** Per tree, per node: split feature (-1 for a leaf), threshold or leaf value, children, NaN direction. */
    private final short[][] feature;
    private final float[][] value;
    private final int[][] left;
    private final int[][] right;
    private final boolean[][] nanLeft;
    /**
     * The same trees for evaluation, every node in four consecutive ints of one array (so a row's walk reads
     * neighbouring memory): the feature ({@code -1} for a leaf; bit 16 set when NaN goes left), the threshold's or
     * leaf value's float bits, and the absolute positions of the left and right children. A leaf is {@link #LEAF}, reads
     * feature 0 and has itself as both children, so walking on from a leaf stays there.
     */
    private final int[] nodes;
    /** Position of each tree's root in {@link #nodes}. */
    private final int[] roots;
    /** Each tree's depth: the steps from its root to its deepest leaf. */
    private final int[] depths;

    /**
     * @param features feature names, in row order
     * @param classes  1 for a binary (logistic) model, the class count for softmax
     * @param base     the base margin added to every class
     * @param trees    the trees, in boosting order
     */
    public TreeEnsemble(List<String> features, int classes, float base, List<Tree> trees) {
        this.features = List.copyOf(features);
        if (classes < 1 || trees.size() % classes != 0) {
            throw new IllegalArgumentException(trees.size() + " trees for " + classes + " classes");
        }
        this.classes = classes;
        this.base = base;
        int n = trees.size();
        feature = new short[n][];
        value = new float[n][];
        left = new int[n][];
        right = new int[n][];
        nanLeft = new boolean[n][];
        for (int t = 0; t < n; t++) {
            Tree tree = trees.get(t);
            tree.check(this.features.size());
            feature[t] = tree.feature.clone();
            value[t] = tree.value.clone();
            left[t] = tree.left.clone();
            right[t] = tree.right.clone();
            nanLeft[t] = tree.nanLeft.clone();
        }
        roots = new int[n];
        int total = 0;
        for (int t = 0; t < n; t++) {
            roots[t] = total;
            total += 4 * feature[t].length;
        }
        nodes = new int[total];
        depths = new int[n];
        for (int t = 0; t < n; t++) {
            int start = roots[t];
            int[] depth = new int[feature[t].length];
            for (int i = 0; i < feature[t].length; i++) {
                int at = start + 4 * i;
                boolean leaf = feature[t][i] < 0;
                nodes[at] = leaf ? LEAF : feature[t][i] | (nanLeft[t][i] ? NAN_LEFT : 0);
                nodes[at + 1] = Float.floatToRawIntBits(value[t][i]);
                nodes[at + 2] = leaf ? at : start + 4 * left[t][i];
                nodes[at + 3] = leaf ? at : start + 4 * right[t][i];
                if (!leaf) {
                    depth[left[t][i]] = depth[i] + 1;
                    depth[right[t][i]] = depth[i] + 1;
                }
                depths[t] = Math.max(depths[t], depth[i]);
            }
        }
    }

    private static final int NAN_LEFT = 1 << 16;
    /** A leaf's first int: negative (a plain walk stops), and feature 0 for a fixed-depth walk that steps on. */
    private static final int LEAF = Integer.MIN_VALUE;

    /** One tree as parallel arrays; node 0 is the root; a leaf has feature -1 and its value in {@code value}. */
    public record Tree(short[] feature, float[] value, int[] left, int[] right, boolean[] nanLeft) {
        void check(int featureCount) {
            int n = feature.length;
            if (n == 0 || value.length != n || left.length != n || right.length != n || nanLeft.length != n) {
                throw new IllegalArgumentException("tree arrays of different lengths");
            }
            for (int i = 0; i < n; i++) {
                if (feature[i] >= featureCount) {
                    throw new IllegalArgumentException("feature " + feature[i] + " out of " + featureCount);
                }
                if (feature[i] >= 0 && (left[i] <= i || right[i] <= i || left[i] >= n || right[i] >= n)) {
                    throw new IllegalArgumentException("node " + i + " has children out of order");
                }
            }
        }
    }

    public List<String> features() {
        return features;
    }

    public int classes() {
        return classes;
    }

    public int trees() {
        return feature.length;
    }

    /** Throws {@link IllegalStateException} unless the model was trained on exactly these feature names. */
    public TreeEnsemble requireFeatures(List<String> names) {
        if (!features.equals(names)) {
            throw new IllegalStateException("model trained on other features (" + features.size() + " vs "
                    + names.size() + "); retrain with ./verbatim train");
        }
        return this;
    }

    /** The margin of class {@code c} for {@code row}. */
    public float margin(float[] row, int c) {
        float sum = base;
        for (int t = c; t < roots.length; t += classes) {
            sum += walk(t, row);
        }
        return sum;
    }

    /**
     * The positive class's probability of a binary model for each of {@code rows}: the same figures as
     * {@link #probability} row by row (the same sums in the same order), computed tree by tree so that a tree's nodes
     * stay in cache while every row walks it.
     */
    public float[] probabilities(float[][] rows) {
        float[] sum = new float[rows.length];
        java.util.Arrays.fill(sum, base);
        int[] n = nodes;
        for (int t = 0; t < roots.length; t += classes) {
            int root = roots[t];
            int i = 0;
            for (; i + 8 <= rows.length; i += 8) {
                float[] r0 = rows[i];
                float[] r1 = rows[i + 1];
                float[] r2 = rows[i + 2];
                float[] r3 = rows[i + 3];
                float[] r4 = rows[i + 4];
                float[] r5 = rows[i + 5];
                float[] r6 = rows[i + 6];
                float[] r7 = rows[i + 7];
                int a0 = root;
                int a1 = root;
                int a2 = root;
                int a3 = root;
                int a4 = root;
                int a5 = root;
                int a6 = root;
                int a7 = root;
                for (int d = depths[t]; d > 0; d--) {
                    a0 = next(n, a0, r0);
                    a1 = next(n, a1, r1);
                    a2 = next(n, a2, r2);
                    a3 = next(n, a3, r3);
                    a4 = next(n, a4, r4);
                    a5 = next(n, a5, r5);
                    a6 = next(n, a6, r6);
                    a7 = next(n, a7, r7);
                }
                sum[i] += value(n, a0);
                sum[i + 1] += value(n, a1);
                sum[i + 2] += value(n, a2);
                sum[i + 3] += value(n, a3);
                sum[i + 4] += value(n, a4);
                sum[i + 5] += value(n, a5);
                sum[i + 6] += value(n, a6);
                sum[i + 7] += value(n, a7);
            }
            for (; i + 4 <= rows.length; i += 4) {
                float[] r0 = rows[i];
                float[] r1 = rows[i + 1];
                float[] r2 = rows[i + 2];
                float[] r3 = rows[i + 3];
                int a0 = root;
                int a1 = root;
                int a2 = root;
                int a3 = root;
                for (int d = depths[t]; d > 0; d--) {
                    a0 = next(n, a0, r0);
                    a1 = next(n, a1, r1);
                    a2 = next(n, a2, r2);
                    a3 = next(n, a3, r3);
                }
                sum[i] += value(n, a0);
                sum[i + 1] += value(n, a1);
                sum[i + 2] += value(n, a2);
                sum[i + 3] += value(n, a3);
            }
            for (; i < rows.length; i++) {
                sum[i] += leaf(t, rows[i]);
            }
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] = (float) (1 / (1 + Math.exp(-sum[i])));
        }
        return sum;
    }

    /** The probability of the positive class of a binary model. */
    public float probability(float[] row) {
        return (float) (1 / (1 + Math.exp(-margin(row, 0))));
    }

    /** Class probabilities (softmax of the margins); for a binary model {@code [1 - p, p]}. */
    public float[] probabilities(float[] row) {
        if (classes == 1) {
            float p = probability(row);
            return new float[] {1 - p, p};
        }
        float[] m = new float[classes];
        float max = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            m[c] = margin(row, c);
            max = Math.max(max, m[c]);
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            m[c] = (float) Math.exp(m[c] - max);
            sum += m[c];
        }
        for (int c = 0; c < classes; c++) {
            m[c] = (float) (m[c] / sum);
        }
        return m;
    }

    private float leaf(int t, float[] row) {
        int[] n = nodes;
        int at = roots[t];
        for (int d = depths[t]; d > 0; d--) {
            at = next(n, at, row);
        }
        return value(n, at);
    }

    /** A plain walk, stopping at the leaf: for one row, where no other walk can overlap with it. */
    private float walk(int t, float[] row) {
        int[] n = nodes;
        int at = roots[t];
        int f = n[at];
        while (f >= 0) {
            float x = row[f & 0xffff];
            boolean goLeft = x != x ? (f & NAN_LEFT) != 0 : x < Float.intBitsToFloat(n[at + 1]);
            at = n[goLeft ? at + 2 : at + 3];
            f = n[at];
        }
        return value(n, at);
    }

    /** One step down from node {@code at} (a leaf steps to itself), with no branch on the way taken. */
    private static int next(int[] n, int at, float[] row) {
        int f = n[at];
        float x = row[f & 0xffff];
        boolean left = x < Float.intBitsToFloat(n[at + 1]) | x != x & (f & NAN_LEFT) != 0;
        return n[at + (left ? 2 : 3)];
    }

    private static float value(int[] n, int at) {
        return Float.intBitsToFloat(n[at + 1]);
    }

    /** The serialised form. */
    public byte[] write() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(MAGIC);
            out.writeInt(features.size());
            for (String f : features) {
                out.writeUTF(f);
            }
            out.writeInt(classes);
            out.writeFloat(base);
            out.writeInt(feature.length);
            for (int t = 0; t < feature.length; t++) {
                out.writeInt(feature[t].length);
                for (int i = 0; i < feature[t].length; i++) {
                    out.writeShort(feature[t][i]);
                    out.writeFloat(value[t][i]);
                    out.writeInt(left[t][i]);
                    out.writeInt(right[t][i]);
                    out.writeBoolean(nanLeft[t][i]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Reads the form {@link #write} gives; throws {@link IOException} on anything else. */
    public static TreeEnsemble read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(Objects.requireNonNull(in));
        if (!MAGIC.equals(d.readUTF())) {
            throw new IOException("not a " + MAGIC + " model");
        }
        int nf = d.readInt();
        List<String> names = new ArrayList<>(nf);
        for (int i = 0; i < nf; i++) {
            names.add(d.readUTF());
        }
        int classes = d.readInt();
        float base = d.readFloat();
        int n = d.readInt();
        List<Tree> trees = new ArrayList<>(n);
        for (int t = 0; t < n; t++) {
            int size = d.readInt();
            if (size <= 0 || size > 1 << 20) {
                throw new IOException("bad tree size " + size);
            }
            Tree tree = new Tree(new short[size], new float[size], new int[size], new int[size], new boolean[size]);
            for (int i = 0; i < size; i++) {
                tree.feature[i] = d.readShort();
                tree.value[i] = d.readFloat();
                tree.left[i] = d.readInt();
                tree.right[i] = d.readInt();
                tree.nanLeft[i] = d.readBoolean();
            }
            trees.add(tree);
        }
        try {
            return new TreeEnsemble(names, classes, base, trees);
        } catch (IllegalArgumentException e) {
            throw new IOException("corrupt model: " + e.getMessage(), e);
        }
    }
}
