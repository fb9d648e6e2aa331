package org.verbatim.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Boosted decision trees over string features that are present or absent: each inner node asks whether one feature
 * is present and goes to one child or the other; the leaves' values along each tree's path are summed, and
 * {@code P(yes) = 1 / (1 + exp(-sum))}. Learned by gradient boosting (XGBoost, see {@code verbatim train quotes}) on
 * the same features as a {@link LinearModel}, where it can weigh a feature by the company it keeps (a cue word with a
 * "that" clause, a title-case content, a subject that is a person) rather than once for all.
 *
 * <p>Immutable and thread-safe. Text form ({@link #write}, {@link #read}): {@code #} comment lines, then a line
 * {@value #MAGIC}; {@code threshold TAB value}; one {@code option TAB __name__ TAB value} line per option, sorted;
 * {@code features TAB count} and that many feature lines, sorted; {@code trees TAB count}, then per tree
 * {@code tree TAB nodes} and its nodes in order, node 0 the root: {@code split TAB feature TAB child-if-present TAB
 * child-if-absent} (the feature by its line number from 0, children by node number, each after its parent) or
 * {@code leaf TAB value}. The same trees give the same bytes.
 */
public final class FeatureTrees implements BinaryModel {
    /** The line that starts the model after its comments. */
    public static final String MAGIC = "verbatim-feature-trees-1";

    private final Map<String, Integer> ids;
    private final List<String> features;
    /** Per node of every tree, one after the other: the feature (-1 for a leaf) and the two children's positions. */
    private final int[] feature;
    private final int[] present;
    private final int[] absent;
    private final float[] leaf;
    private final int[] roots;
    private final double threshold;
    private final Map<String, Double> options;

    /** One tree: per node, the feature asked (-1 for a leaf), the children (node numbers) and the leaf value. */
    public record Tree(int[] feature, int[] present, int[] absent, float[] leaf) {
        public Tree {
            int n = feature.length;
            if (n == 0 || present.length != n || absent.length != n || leaf.length != n) {
                throw new IllegalArgumentException("a tree needs nodes, with arrays of one length");
            }
            for (int i = 0; i < n; i++) {
                if (feature[i] >= 0 && (present[i] <= i || absent[i] <= i || present[i] >= n || absent[i] >= n)) {
                    throw new IllegalArgumentException("node " + i + " has children out of order");
                }
            }
        }
    }

    /**
     * @param features  the feature names the trees ask about, by number
     * @param trees     the trees, whose leaves' values are summed
     * @param threshold the probability from which the positive class is decided
     * @param options   the trainer's other decisions, named {@code __like_this__}
     * @throws IllegalArgumentException if a tree asks about a feature that is not listed, a name is listed twice or
     *                                  holds a tab or line break, or an option is misnamed
     */
    public FeatureTrees(List<String> features, List<Tree> trees, double threshold, Map<String, Double> options) {
        this.features = List.copyOf(features);
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            String f = features.get(i);
            if (f.indexOf('\t') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0 || m.put(f, i) != null) {
                throw new IllegalArgumentException("feature listed twice or with a tab or line break: " + f);
            }
        }
        this.ids = Map.copyOf(m);
        for (String name : options.keySet()) {
            if (!BinaryModel.isOptionName(name)) {
                throw new IllegalArgumentException("an option is named __like_this__: " + name);
            }
        }
        this.options = Map.copyOf(options);
        this.threshold = threshold;
        int total = trees.stream().mapToInt(t -> t.feature().length).sum();
        feature = new int[total];
        present = new int[total];
        absent = new int[total];
        leaf = new float[total];
        roots = new int[trees.size()];
        int at = 0;
        for (int t = 0; t < trees.size(); t++) {
            Tree tree = trees.get(t);
            roots[t] = at;
            for (int i = 0; i < tree.feature().length; i++) {
                if (tree.feature()[i] >= features.size()) {
                    throw new IllegalArgumentException("tree " + t + " asks about feature " + tree.feature()[i]
                            + " of " + features.size());
                }
                feature[at + i] = tree.feature()[i];
                present[at + i] = at + tree.present()[i];
                absent[at + i] = at + tree.absent()[i];
                leaf[at + i] = tree.leaf()[i];
            }
            at += tree.feature().length;
        }
    }

    /** {@code base}'s trees with another threshold and options: the immutable arrays are shared, not rebuilt. */
    private FeatureTrees(FeatureTrees base, double threshold, Map<String, Double> options) {
        this.features = base.features;
        this.ids = base.ids;
        this.feature = base.feature;
        this.present = base.present;
        this.absent = base.absent;
        this.leaf = base.leaf;
        this.roots = base.roots;
        this.threshold = threshold;
        this.options = Map.copyOf(options);
    }

    @Override
    public double probability(String[] given, int n) {
        long[] on = new long[(features.size() + 63) >>> 6];
        for (int i = 0; i < n; i++) {
            Integer id = ids.get(given[i]);
            if (id != null) {
                on[id >>> 6] |= 1L << id;
            }
        }
        double sum = 0;
        for (int root : roots) {
            int at = root;
            for (int f = feature[at]; f >= 0; f = feature[at]) {
                at = (on[f >>> 6] & 1L << f) != 0 ? present[at] : absent[at];
            }
            sum += leaf[at];
        }
        return 1 / (1 + Math.exp(-sum));
    }

    @Override
    public double threshold() {
        return threshold;
    }

    @Override
    public double option(String name, double otherwise) {
        return options.getOrDefault(name, otherwise);
    }

    @Override
    public FeatureTrees withThreshold(double t) {
        return new FeatureTrees(this, t, options);
    }

    @Override
    public FeatureTrees withOption(String name, double value) {
        if (!BinaryModel.isOptionName(name)) {
            throw new IllegalArgumentException("an option is named __like_this__: " + name);
        }
        Map<String, Double> o = new HashMap<>(options);
        o.put(name, value);
        return new FeatureTrees(this, threshold, o);
    }

    /** Number of trees. */
    public int size() {
        return roots.length;
    }

    /** Number of features the trees ask about. */
    public int featureCount() {
        return features.size();
    }

    private List<Tree> trees() {
        List<Tree> out = new ArrayList<>();
        for (int t = 0; t < roots.length; t++) {
            int from = roots[t];
            int to = t + 1 < roots.length ? roots[t + 1] : feature.length;
            int n = to - from;
            int[] f = new int[n];
            int[] yes = new int[n];
            int[] no = new int[n];
            float[] v = new float[n];
            for (int i = 0; i < n; i++) {
                f[i] = feature[from + i];
                yes[i] = f[i] < 0 ? 0 : present[from + i] - from;
                no[i] = f[i] < 0 ? 0 : absent[from + i] - from;
                v[i] = leaf[from + i];
            }
            out.add(new Tree(f, yes, no, v));
        }
        return out;
    }

    /** Writes the text form after the given comment lines. */
    public void write(Writer w, String... comments) throws IOException {
        for (String c : comments) {
            w.write("# " + c + "\n");
        }
        w.write(MAGIC + "\n");
        w.write("threshold\t" + number(threshold) + "\n");
        for (Map.Entry<String, Double> e : new TreeMap<>(options).entrySet()) {
            w.write("option\t" + e.getKey() + "\t" + number(e.getValue()) + "\n");
        }
        w.write("features\t" + features.size() + "\n");
        for (String f : features) {
            w.write(f + "\n");
        }
        List<Tree> trees = trees();
        w.write("trees\t" + trees.size() + "\n");
        for (Tree t : trees) {
            w.write("tree\t" + t.feature().length + "\n");
            for (int i = 0; i < t.feature().length; i++) {
                w.write(t.feature()[i] < 0 ? "leaf\t" + Float.toString(t.leaf()[i]) + "\n"
                        : "split\t" + t.feature()[i] + "\t" + t.present()[i] + "\t" + t.absent()[i] + "\n");
            }
        }
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    /**
     * Reads the text form.
     *
     * @throws IllegalArgumentException naming the line, if the text is not such a model
     */
    public static FeatureTrees read(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Reader reader = new Reader(r);
            try {
                return reader.model();
            } catch (NumberFormatException e) {
                throw reader.error("not a number: " + e.getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text form's reader, keeping the line number for its errors. */
    private static final class Reader {
        private final BufferedReader in;
        private int lineNo;

        Reader(BufferedReader in) {
            this.in = in;
        }

        FeatureTrees model() throws IOException {
            String line = next();
            while (line != null && line.startsWith("#")) {
                line = next();
            }
            if (!MAGIC.equals(line)) {
                throw error("expected " + MAGIC);
            }
            double threshold = Double.parseDouble(field(next(), "threshold", 2)[1]);
            Map<String, Double> options = new HashMap<>();
            line = next();
            while (line != null && line.startsWith("option\t")) {
                String[] f = field(line, "option", 3);
                options.put(f[1], Double.parseDouble(f[2]));
                line = next();
            }
            int nf = Integer.parseInt(field(line, "features", 2)[1]);
            List<String> features = new ArrayList<>(nf);
            for (int i = 0; i < nf; i++) {
                features.add(required(next()));
            }
            int nt = Integer.parseInt(field(next(), "trees", 2)[1]);
            List<Tree> trees = new ArrayList<>(nt);
            for (int t = 0; t < nt; t++) {
                trees.add(tree(Integer.parseInt(field(next(), "tree", 2)[1])));
            }
            try {
                return new FeatureTrees(features, trees, threshold, options);
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
        }

        private Tree tree(int n) throws IOException {
            int[] feature = new int[n];
            int[] yes = new int[n];
            int[] no = new int[n];
            float[] leaf = new float[n];
            for (int i = 0; i < n; i++) {
                String line = required(next());
                if (line.startsWith("leaf\t")) {
                    feature[i] = -1;
                    leaf[i] = Float.parseFloat(field(line, "leaf", 2)[1]);
                } else {
                    String[] f = field(line, "split", 4);
                    feature[i] = Integer.parseInt(f[1]);
                    yes[i] = Integer.parseInt(f[2]);
                    no[i] = Integer.parseInt(f[3]);
                    if (feature[i] < 0) {
                        throw error("a split needs a feature number");
                    }
                }
            }
            try {
                return new Tree(feature, yes, no, leaf);
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
        }

        private String next() throws IOException {
            lineNo++;
            return in.readLine();
        }

        private String required(String line) {
            if (line == null) {
                throw error("the model ends early");
            }
            return line;
        }

        private String[] field(String line, String name, int parts) {
            String[] f = required(line).split("\t", -1);
            if (f.length != parts || !f[0].equals(name)) {
                throw error("expected '" + name + "' with " + (parts - 1) + " value(s)");
            }
            return f;
        }

        private IllegalArgumentException error(String why) {
            return new IllegalArgumentException("feature trees, line " + lineNo + ": " + why);
        }
    }
}
