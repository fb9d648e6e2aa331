package org.verbatim.train.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.verbatim.enrich.LinearModel;

/**
 * Fits a binary {@link LinearModel} with Apache OpenNLP's maximum entropy trainer (L-BFGS with L2 regularisation,
 * {@code MAXENT_QN}) and turns its two-outcome weights into one weight per feature ({@code w(yes) - w(no)}), leaving
 * out weights smaller than {@link #MIN_WEIGHT} (they change no decision measurably and would make the shipped files
 * ten times larger). Deterministic: one thread, events in the order given, so the same samples give the same weights.
 */
public final class LogisticTrainer {
    /** A training sample: its features and whether it is a positive. */
    public record Sample(String[] features, boolean positive) {
    }

    /** What a training run did. */
    public record Fit(LinearModel model, int samples, int positives, int features, String algorithm) {

        /** The same fit with another decision threshold. */
        public Fit withThreshold(double t) {
            return new Fit(model.withThreshold(t), samples, positives, features, algorithm);
        }

        /** The same fit with an option recorded in the model. */
        public Fit withOption(String name, double value) {
            return new Fit(model.withOption(name, value), samples, positives, features, algorithm);
        }
    }

    /** The log-odds of a model fitted to samples of one outcome only. */
    static final double DEGENERATE_BIAS = 10;
    /** Weights below this (in absolute value) are left out of the model. */
    static final double MIN_WEIGHT = 0.05;
    private static final String YES = "yes";
    private static final String NO = "no";
    private final int iterations;
    private final double l2;
    private final int cutoff;

    /**
     * @param iterations maximum L-BFGS iterations
     * @param l2         L2 cost (the larger, the smaller the weights)
     * @param cutoff     features seen fewer times are dropped
     */
    public LogisticTrainer(int iterations, double l2, int cutoff) {
        this.iterations = iterations;
        this.l2 = l2;
        this.cutoff = cutoff;
    }

    public Fit fit(List<Sample> samples) {
        int pos = (int) samples.stream().filter(Sample::positive).count();
        if (pos == 0 || pos == samples.size()) {
            // one outcome only (a tiny corpus): the model says what the data says, whatever the features
            double bias = samples.isEmpty() ? -DEGENERATE_BIAS : pos == 0 ? -DEGENERATE_BIAS : DEGENERATE_BIAS;
            return new Fit(new LinearModel(Map.of(LinearModel.BIAS, bias)), samples.size(), pos, 0,
                    "a constant: the samples have one outcome only");
        }
        AbstractModel m = maxent(samples, LogisticTrainer::event, iterations, l2, cutoff);
        LinearModel lm = toLinear(m);
        return new Fit(lm, samples.size(), pos, lm.size(), "OpenNLP MAXENT_QN, L2 " + l2 + ", cutoff " + cutoff
                + ", at most " + iterations + " iterations, weights under " + MIN_WEIGHT + " left out");
    }

    @SuppressWarnings("unchecked")
    private static LinearModel toLinear(AbstractModel m) {
        Object[] ds = m.getDataStructures();
        Map<String, Context> pmap = (Map<String, Context>) ds[1];
        String[] outcomes = (String[]) ds[2];
        int yes = -1;
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i].equals(YES)) {
                yes = i;
            }
        }
        Map<String, Double> w = new HashMap<>();
        for (Map.Entry<String, Context> e : pmap.entrySet()) {
            double diff = 0;
            Context c = e.getValue();
            for (int k = 0; k < c.getOutcomes().length; k++) {
                double v = c.getParameters()[k];
                diff += c.getOutcomes()[k] == yes ? v : -v;
            }
            if (outcomes.length == 1) {
                diff = yes == 0 ? Math.abs(diff) : -Math.abs(diff);
            }
            if (Math.abs(diff) >= MIN_WEIGHT || e.getKey().equals(LinearModel.BIAS)) {
                w.put(e.getKey(), diff);
            }
        }
        return new LinearModel(w);
    }

    /**
     * Apache OpenNLP's maximum entropy trainer ({@code MAXENT_QN}: L-BFGS with L2 cost {@code l2}, no L1) over the
     * items as events, read in the order given on one thread, so that the same items give the same weights; features
     * seen fewer than {@code cutoff} times are dropped. Every maximum entropy model the project trains goes through
     * here.
     */
    public static <T> AbstractModel maxent(List<T> items, Function<T, Event> event, int iterations, double l2,
                                           int cutoff) {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        p.put("L1Cost", 0.0);
        p.put("L2Cost", l2);
        p.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(p, new HashMap<>());
        try {
            return (AbstractModel) trainer.train(new Events<>(items, event));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sample as an OpenNLP event, with the bias feature. */
    private static Event event(Sample s) {
        String[] ctx = new String[s.features().length + 1];
        System.arraycopy(s.features(), 0, ctx, 0, s.features().length);
        ctx[ctx.length - 1] = LinearModel.BIAS;
        return new Event(s.positive() ? YES : NO, ctx);
    }

    /** Items as OpenNLP events, made as they are read; the trainer may read them more than once. */
    private static final class Events<T> implements ObjectStream<Event> {
        private final List<T> items;
        private final Function<T, Event> event;
        private Iterator<T> it;

        Events(List<T> items, Function<T, Event> event) {
            this.items = items;
            this.event = event;
            this.it = items.iterator();
        }

        @Override
        public Event read() {
            return it.hasNext() ? event.apply(it.next()) : null;
        }

        @Override
        public void reset() {
            it = items.iterator();
        }
    }
}
