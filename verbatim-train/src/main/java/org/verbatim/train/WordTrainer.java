package org.verbatim.train;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import org.verbatim.learn.WordClasses;
import org.verbatim.train.quotes.LogisticTrainer;

/**
 * Fits a multi-class {@link WordClasses} with Apache OpenNLP's maximum entropy trainer, as every maximum entropy model
 * of the project is fitted ({@link LogisticTrainer#maxent}: one thread, events in the order given, so the same
 * documents give the same weights). Weights are rounded as the shipped file writes them, so that what is measured
 * is what ships.
 */
final class WordTrainer {
    /** L2 cost: chosen by cross-validation over the wcxb-dev folds (0.3, 1 and 5 tried; 1 best). */
    static final double L2 = 1.0;
    /** Words seen on fewer pages are left out. */
    static final int CUTOFF = 2;
    static final int ITERATIONS = 200;
    /** Features whose weights all stay under this (in absolute value) are left out of the model. */
    static final float MIN_WEIGHT = 0.01f;

    private WordTrainer() {
    }

    /** One training document: its distinct features and its class label. */
    record Doc(List<String> features, String label) {
    }

    static WordClasses train(List<Doc> docs, List<String> classes) {
        AbstractModel m = LogisticTrainer.maxent(docs, WordTrainer::event, ITERATIONS, L2, CUTOFF);
        try {
            return WordClasses.read(new ByteArrayInputStream(toWords(m, classes).write()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document as an OpenNLP event, with the bias feature. */
    private static Event event(Doc d) {
        String[] ctx = d.features().toArray(new String[d.features().size() + 1]);
        ctx[ctx.length - 1] = WordClasses.BIAS;
        return new Event(d.label(), ctx);
    }

    @SuppressWarnings("unchecked")
    private static WordClasses toWords(AbstractModel m, List<String> classes) {
        Object[] ds = m.getDataStructures();
        Map<String, Context> pmap = (Map<String, Context>) ds[1];
        String[] outcomes = (String[]) ds[2];
        int[] column = new int[outcomes.length];
        for (int o = 0; o < outcomes.length; o++) {
            column[o] = classes.indexOf(outcomes[o]);
            if (column[o] < 0) {
                throw new IllegalArgumentException("unknown class " + outcomes[o]);
            }
        }
        Map<String, float[]> weights = new HashMap<>();
        for (Map.Entry<String, Context> e : pmap.entrySet()) {
            float[] w = new float[classes.size()];
            Context c = e.getValue();
            float max = 0;
            for (int k = 0; k < c.getOutcomes().length; k++) {
                float v = (float) c.getParameters()[k];
                w[column[c.getOutcomes()[k]]] = v;
                max = Math.max(max, Math.abs(v));
            }
            if (max >= MIN_WEIGHT || e.getKey().equals(WordClasses.BIAS)) {
                weights.put(e.getKey(), w);
            }
        }
        return new WordClasses(classes, weights);
    }
}
