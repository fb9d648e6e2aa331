package org.verbatim.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.verbatim.learn.MeanEnsemble;
import org.verbatim.learn.TreeEnsemble;

/**
 * Turns an XGBoost booster into the shipped {@link TreeEnsemble}: the trees from the booster's JSON dump, nodes
 * renumbered breadth-first, and the base margin read off the booster's own margins; then checks, row by row on
 * the given rows, that both give the same margins.
 */
final class TreeExport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TreeExport() {
    }

    static TreeEnsemble export(Booster b, List<String> names, int classes, float[] rows, int n) {
        List<TreeEnsemble.Tree> trees = dumped(b);
        TreeEnsemble model = new TreeEnsemble(names, classes == 2 ? 1 : classes, base(b, names, classes, trees, rows),
                trees);
        check(model, b, rows, n, names.size());
        return model;
    }

    /** The booster's base margin: its margin on the first row less its trees' sum there. */
    private static float base(Booster b, List<String> names, int classes, List<TreeEnsemble.Tree> trees,
                              float[] rows) {
        int nf = names.size();
        float[] first = java.util.Arrays.copyOf(rows, nf);
        TreeEnsemble zero = new TreeEnsemble(names, classes == 2 ? 1 : classes, 0f, trees);
        return margins(b, first, 1, nf)[0][0] - zero.margin(first, 0);
    }

    /**
     * The {@code boosters} (trained on the same rows with other seeds) as one model whose class probabilities are the
     * mean of theirs: each booster exported ({@link #export}, its margins checked against XGBoost's), then the mean
     * probabilities checked row by row against the mean of XGBoost's.
     */
    static MeanEnsemble mean(List<Booster> boosters, List<String> names, int classes, float[] rows, int n) {
        List<TreeEnsemble> members = new ArrayList<>();
        for (Booster b : boosters) {
            members.add(export(b, names, classes, rows, n));
        }
        MeanEnsemble model = new MeanEnsemble(members);
        int nf = names.size();
        float[] sample = sample(rows, n, nf, 2000);
        int count = sample.length / nf;
        float[][] ref = new float[count][];
        for (Booster b : boosters) {
            float[][] p = probabilities(b, sample, count, nf);
            for (int i = 0; i < count; i++) {
                float[] own = p[i].length == 1 ? new float[] {1 - p[i][0], p[i][0]} : p[i];
                if (ref[i] == null) {
                    ref[i] = new float[own.length];
                }
                for (int c = 0; c < own.length; c++) {
                    ref[i][c] += own[c] / boosters.size();
                }
            }
        }
        for (int i = 0; i < count; i++) {
            float[] ours = model.probabilities(java.util.Arrays.copyOfRange(sample, i * nf, (i + 1) * nf));
            for (int c = 0; c < ours.length; c++) {
                if (Math.abs(ours[c] - ref[i][c]) > 1e-4f) {
                    throw new IllegalStateException("mean model disagrees with XGBoost on row " + i + ": " + ours[c]
                            + " vs " + ref[i][c]);
                }
            }
        }
        return model;
    }

    private static List<TreeEnsemble.Tree> dumped(Booster b) {
        List<TreeEnsemble.Tree> trees = new ArrayList<>();
        try {
            for (String dump : Boosting.dump(b)) {
                trees.add(tree(JSON.readTree(dump)));
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the XGBoost dump", e);
        }
        return trees;
    }

    private static float[][] probabilities(Booster b, float[] rows, int n, int nf) {
        try {
            DMatrix d = new DMatrix(rows, n, nf, Float.NaN);
            float[][] p = b.predict(d);
            d.dispose();
            return p;
        } catch (XGBoostError e) {
            throw new IllegalStateException(e);
        }
    }

    private static float[][] margins(Booster b, float[] rows, int n, int nf) {
        try {
            DMatrix d = new DMatrix(rows, n, nf, Float.NaN);
            float[][] m = b.predict(d, true);
            d.dispose();
            return m;
        } catch (XGBoostError e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every {@code step}-th of the {@code n} rows of {@code nf} features, the step chosen to keep about {@code max}. */
    private static float[] sample(float[] rows, int n, int nf, int max) {
        int step = Math.max(1, n / max);
        int count = (n + step - 1) / step;
        float[] sample = new float[count * nf];
        for (int i = 0, r = 0; r < n; i++, r += step) {
            System.arraycopy(rows, r * nf, sample, i * nf, nf);
        }
        return sample;
    }

    /** Every row's margins must agree with XGBoost's to float rounding. */
    private static void check(TreeEnsemble model, Booster b, float[] rows, int n, int nf) {
        float[] sample = sample(rows, n, nf, 5000);
        int count = sample.length / nf;
        float[][] ref = margins(b, sample, count, nf);
        for (int i = 0; i < count; i++) {
            float[] row = java.util.Arrays.copyOfRange(sample, i * nf, (i + 1) * nf);
            for (int c = 0; c < model.classes(); c++) {
                float ours = model.margin(row, c);
                if (Math.abs(ours - ref[i][c]) > 1e-3f * Math.max(1, Math.abs(ref[i][c]))) {
                    throw new IllegalStateException("exported model disagrees with XGBoost on row " + i + ": "
                            + ours + " vs " + ref[i][c]);
                }
            }
        }
    }

    /** One dumped tree, nodes renumbered breadth-first so that children follow their parent. */
    private static TreeEnsemble.Tree tree(JsonNode root) {
        Map<Integer, JsonNode> byId = new HashMap<>();
        ArrayDeque<JsonNode> todo = new ArrayDeque<>();
        todo.add(root);
        List<JsonNode> order = new ArrayList<>();
        while (!todo.isEmpty()) {
            JsonNode n = todo.poll();
            byId.put(n.get("nodeid").asInt(), n);
            order.add(n);
            if (n.has("children")) {
                n.get("children").forEach(todo::add);
            }
        }
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i).get("nodeid").asInt(), i);
        }
        int size = order.size();
        TreeEnsemble.Tree t = new TreeEnsemble.Tree(new short[size], new float[size], new int[size], new int[size],
                new boolean[size]);
        for (int i = 0; i < size; i++) {
            JsonNode n = order.get(i);
            if (n.has("leaf")) {
                t.feature()[i] = -1;
                t.value()[i] = (float) n.get("leaf").asDouble();
                continue;
            }
            t.feature()[i] = Short.parseShort(n.get("split").asText().substring(1));
            t.value()[i] = (float) n.get("split_condition").asDouble();
            t.left()[i] = index.get(n.get("yes").asInt());
            t.right()[i] = index.get(n.get("no").asInt());
            t.nanLeft()[i] = n.get("missing").asInt() == n.get("yes").asInt();
        }
        return t;
    }
}
