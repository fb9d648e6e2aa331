package org.verbatim.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A binary logistic model over string features: {@code P(yes) = 1 / (1 + exp(-(bias + sum of the weights of the
 * features present)))}. The weights are learned by a maintained trainer (Apache OpenNLP's L-BFGS maximum entropy
 * trainer, see {@code verbatim train quotes}) and kept as a small, diffable text resource: one {@code feature TAB
 * weight} a line, sorted, the bias under the name {@value #BIAS}, the decision threshold under {@value #THRESHOLD}
 * and other decisions of the trainer as {@code __options__}. Unknown features weigh nothing. Immutable and
 * thread-safe.
 */
public final class LinearModel implements BinaryModel {
    /** The name under which the bias is written. */
    public static final String BIAS = "__bias__";
    /** The name under which the decision threshold is written. */
    public static final String THRESHOLD = "__threshold__";
    private final Map<String, Double> weights;
    private final Map<String, Double> options;
    private final double bias;
    private final double threshold;

    /**
     * @param weights feature to weight (the bias under {@link #BIAS}, the decision threshold under
     *                {@link #THRESHOLD}, default 0.5); zero weights may be left out
     */
    public LinearModel(Map<String, Double> weights) {
        Map<String, Double> w = new HashMap<>(weights);
        Double t = w.remove(THRESHOLD);
        this.threshold = t == null ? 0.5 : t;
        Map<String, Double> o = new HashMap<>();
        w.entrySet().removeIf(e -> {
            boolean option = isOption(e.getKey());
            if (option) {
                o.put(e.getKey(), e.getValue());
            }
            return option;
        });
        this.options = Map.copyOf(o);
        this.weights = Map.copyOf(w);
        this.bias = w.getOrDefault(BIAS, 0.0);
    }

    /** Names {@code __like_this__} (other than the bias and threshold) are options of the model, not features. */
    private static boolean isOption(String name) {
        return name.startsWith("__") && name.endsWith("__") && !name.equals(BIAS) && !name.equals(THRESHOLD);
    }

    /** A decision its trainer recorded with the weights ({@code __name__}), or {@code otherwise}. */
    public double option(String name, double otherwise) {
        return options.getOrDefault(name, otherwise);
    }

    /** The same model with an option set. */
    public LinearModel withOption(String name, double value) {
        if (!isOption(name)) {
            throw new IllegalArgumentException("an option is named __like_this__: " + name);
        }
        Map<String, Double> w = new HashMap<>(weights);
        w.putAll(options);
        w.put(name, value);
        w.put(THRESHOLD, threshold);
        return new LinearModel(w);
    }

    /** The probability from which the positive class is decided (chosen on the train split by its trainer). */
    public double threshold() {
        return threshold;
    }

    /** The same weights with another decision threshold. */
    public LinearModel withThreshold(double t) {
        Map<String, Double> w = new HashMap<>(weights);
        w.putAll(options);
        w.put(THRESHOLD, t);
        return new LinearModel(w);
    }

    /** The probability of the positive class given the first {@code n} features. */
    public double probability(String[] features, int n) {
        double z = bias;
        for (int i = 0; i < n; i++) {
            Double w = weights.get(features[i]);
            if (w != null) {
                z += w;
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** How many features carry a weight (the bias not counted). */
    public int size() {
        return weights.containsKey(BIAS) ? weights.size() - 1 : weights.size();
    }

    /** The weight of one feature (0 when absent). */
    public double weight(String feature) {
        return weights.getOrDefault(feature, 0.0);
    }

    /** Reads the text format; {@code #} lines are comments. */
    public static LinearModel read(InputStream in) {
        Map<String, Double> w = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.lastIndexOf('\t');
                if (tab <= 0) {
                    throw new IllegalArgumentException("not a 'feature<TAB>weight' line: " + line);
                }
                w.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LinearModel(w);
    }

    /**
     * Writes the text format: the comment lines, then the weights sorted by feature, each rounded to six
     * significant digits (so that the same weights always give the same bytes); weights that round to 0 are left out.
     */
    public void write(Writer out, String... comments) throws IOException {
        for (String c : comments) {
            out.write("# " + c + "\n");
        }
        out.write(THRESHOLD + "\t" + String.format(Locale.ROOT, "%.6g", threshold) + "\n");
        for (Map.Entry<String, Double> e : new TreeMap<>(options).entrySet()) {
            out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.6g", e.getValue()) + "\n");
        }
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            String v = String.format(Locale.ROOT, "%.6g", e.getValue());
            if (Double.parseDouble(v) != 0 || e.getKey().equals(BIAS)) {
                out.write(e.getKey() + "\t" + v + "\n");
            }
        }
    }
}
