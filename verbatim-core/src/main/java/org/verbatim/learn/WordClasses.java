package org.verbatim.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A multi-class log-linear (maximum entropy) model over string features: the margin of class {@code c} is the bias
 * feature's weight for {@code c} plus the weights for {@code c} of the distinct features present; softmax over the
 * margins gives the probabilities. Features the model does not know weigh nothing.
 *
 * <p>Immutable and thread-safe. Serialised form ({@link #write}/{@link #read}): a magic line, the class labels on one
 * line separated by tabs, then one line per feature, sorted by name: the name, a tab, and its weight per class
 * separated by spaces. The same weights always give the same bytes.
 */
public final class WordClasses {
    /** The feature every page has: the classes' prior. */
    public static final String BIAS = "bias";
    private static final String MAGIC = "verbatim-words-1";

    private final List<String> classes;
    private final Map<String, float[]> weights;

    /**
     * @param classes class labels, in probability order
     * @param weights per feature, one weight per class; a feature whose weights are all zero may be left out
     * @throws IllegalArgumentException if a feature has the wrong number of weights, or a name holds a tab or a line
     *                                  break
     */
    public WordClasses(List<String> classes, Map<String, float[]> weights) {
        if (classes.size() < 2) {
            throw new IllegalArgumentException("a model needs two classes or more, not " + classes);
        }
        this.classes = List.copyOf(classes);
        Map<String, float[]> copy = new HashMap<>(weights.size() * 2);
        for (Map.Entry<String, float[]> e : weights.entrySet()) {
            if (e.getValue().length != classes.size()) {
                throw new IllegalArgumentException(e.getKey() + ": " + e.getValue().length + " weights for "
                        + classes.size() + " classes");
            }
            if (!plain(e.getKey())) {
                throw new IllegalArgumentException("feature name with a tab or line break: " + e.getKey());
            }
            copy.put(e.getKey(), e.getValue().clone());
        }
        this.weights = copy;
    }

    private static boolean plain(String s) {
        return s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0;
    }

    public List<String> classes() {
        return classes;
    }

    /** Number of features with weights. */
    public int size() {
        return weights.size();
    }

    /**
     * Class probabilities, in {@link #classes()} order, of an item with these features, which must be distinct (a
     * feature given twice counts twice); the bias counts whether given or not.
     */
    public float[] probabilities(Iterable<String> features) {
        double[] margin = new double[classes.size()];
        add(margin, weights.get(BIAS));
        for (String f : features) {
            if (!f.equals(BIAS)) {
                add(margin, weights.get(f));
            }
        }
        double max = Arrays.stream(margin).max().orElse(0);
        double sum = 0;
        for (int c = 0; c < margin.length; c++) {
            margin[c] = Math.exp(margin[c] - max);
            sum += margin[c];
        }
        float[] p = new float[margin.length];
        for (int c = 0; c < p.length; c++) {
            p[c] = (float) (margin[c] / sum);
        }
        return p;
    }

    private static void add(double[] margin, float[] w) {
        if (w != null) {
            for (int c = 0; c < margin.length; c++) {
                margin[c] += w[c];
            }
        }
    }

    /** The serialised form. */
    public byte[] write() {
        StringBuilder sb = new StringBuilder(MAGIC).append('\n').append(String.join("\t", classes)).append('\n');
        for (Map.Entry<String, float[]> e : new TreeMap<>(weights).entrySet()) {
            sb.append(e.getKey()).append('\t');
            float[] w = e.getValue();
            for (int c = 0; c < w.length; c++) {
                sb.append(c == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.4g", w[c]));
            }
            sb.append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads the serialised form.
     *
     * @throws IOException if the stream is not a model of this kind, naming the line at fault
     */
    public static WordClasses read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        if (!MAGIC.equals(r.readLine())) {
            throw new IOException("not a " + MAGIC + " model");
        }
        String head = r.readLine();
        if (head == null) {
            throw new IOException("model ends before its class labels");
        }
        List<String> classes = List.of(head.split("\t"));
        Map<String, float[]> weights = new HashMap<>();
        int lineNo = 2;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            lineNo++;
            int tab = line.indexOf('\t');
            String[] parts = tab < 0 ? new String[0] : line.substring(tab + 1).split(" ");
            if (parts.length != classes.size()) {
                throw new IOException("line " + lineNo + ": expected a name and " + classes.size() + " weights");
            }
            float[] w = new float[parts.length];
            try {
                for (int c = 0; c < w.length; c++) {
                    w[c] = Float.parseFloat(parts[c]);
                }
            } catch (NumberFormatException e) {
                throw new IOException("line " + lineNo + ": " + e.getMessage(), e);
            }
            weights.put(line.substring(0, tab), w);
        }
        return new WordClasses(new ArrayList<>(classes), weights);
    }
}
