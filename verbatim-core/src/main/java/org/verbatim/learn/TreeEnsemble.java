package org.verbatim.learn;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
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
     * The same trees for evaluation, every node in {@value #NODE} consecutive ints of one array, each tree in preorder
     * (a node's left child right after it, so that going left reads no pointer and the walk stays in neighbouring
     * memory): the feature ({@code -1} for a leaf; bit 16 set when NaN goes left), the threshold's or leaf value's
     * float bits, and the absolute position of the right child.
     */
    private final int[] nodes;
    private static final int NODE = 3;
    /** Position of each tree's root in {@link #nodes}. */
    private final int[] roots;

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
            total += NODE * feature[t].length;
        }
        int[][] out = {new int[total]};
        int used = 0;
        for (int t = 0; t < n; t++) {
            roots[t] = used;
            used = preorder(t, out, used);
        }
        nodes = Arrays.copyOf(out[0], used);
    }

    /**
     * Writes tree {@code t}'s nodes reachable from its root into {@code out[0]} from {@code used} in preorder (left
     * subtree first; a node two parents share is written under each, so the array grows as needed); returns where
     * the next tree starts.
     */
    private int preorder(int t, int[][] holder, int used) {
        ArrayDeque<int[]> todo = new ArrayDeque<>(); // {node, where its position goes or -1}
        todo.push(new int[] {0, -1});
        int at = used;
        while (!todo.isEmpty()) {
            int[] next = todo.pop();
            int i = next[0];
            if (at + NODE > holder[0].length) {
                holder[0] = Arrays.copyOf(holder[0], 2 * holder[0].length + NODE);
            }
            int[] out = holder[0];
            if (next[1] >= 0) {
                out[next[1]] = at; // a right child: its parent's pointer
            }
            out[at] = feature[t][i] < 0 ? -1 : feature[t][i] | (nanLeft[t][i] ? NAN_LEFT : 0);
            out[at + 1] = Float.floatToRawIntBits(value[t][i]);
            if (feature[t][i] >= 0) {
                todo.push(new int[] {right[t][i], at + 2});
                todo.push(new int[] {left[t][i], -1}); // written next: right after this node
            }
            at += NODE;
        }
        return at;
    }

    private static final int NAN_LEFT = 1 << 16;

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
        for (int t = c; t < feature.length; t += classes) {
            sum += leaf(t, row);
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
        Arrays.fill(sum, base);
        for (int t = 0; t < roots.length; t += classes) {
            for (int i = 0; i < rows.length; i++) {
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
        float[] m = margins(row);
        float max = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
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

    /**
     * Every class's {@link #margin}, the same sums in the same order, with the trees walked in the order they are
     * stored (one pass over the nodes, not one per class).
     */
    private float[] margins(float[] row) {
        float[] m = new float[classes];
        Arrays.fill(m, base);
        for (int t = 0, c = 0; t < roots.length; t++, c = c + 1 == classes ? 0 : c + 1) {
            m[c] += leaf(t, row);
        }
        return m;
    }

    private float leaf(int t, float[] row) {
        int[] n = nodes;
        int at = roots[t];
        int f = n[at];
        while (f >= 0) {
            float x = row[f & 0xffff];
            boolean goLeft = x != x ? (f & NAN_LEFT) != 0 : x < Float.intBitsToFloat(n[at + 1]);
            at = goLeft ? at + NODE : n[at + 2];
            f = n[at];
        }
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
