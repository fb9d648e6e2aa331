package org.verbatim.train.quotes;

import java.util.List;
import java.util.ServiceLoader;
import org.verbatim.enrich.BinaryModel;

/**
 * How a language's cue model is fitted to its cue samples. Two learners: {@code maxent} (OpenNLP's logistic model,
 * {@link LogisticTrainer}, a {@link org.verbatim.enrich.LinearModel}) and {@code trees} (gradient-boosted trees
 * through XGBoost, a {@link org.verbatim.enrich.FeatureTrees}). The trees come from the training module
 * ({@code verbatim-train}, found with {@link ServiceLoader}), which {@code ./verbatim train} puts on the class path:
 * the annotator reads either model without XGBoost. Which learner a language uses is decided by
 * {@link QuoteTrainer#CUE_LEARNERS}, on held-out train figures.
 */
public interface CueLearner {
    /** What a fit produced: the model, with its sample counts and a line that says how it was fitted. */
    record Fit(BinaryModel model, int samples, int positives, int features, String algorithm) {
        /** The same fit with another decision threshold. */
        public Fit withThreshold(double t) {
            return new Fit(model.withThreshold(t), samples, positives, features, algorithm);
        }

        /** The same fit with an option recorded in the model. */
        public Fit withOption(String name, double value) {
            return new Fit(model.withOption(name, value), samples, positives, features, algorithm);
        }
    }

    /** The learner's name ({@code maxent}, {@code trees}). */
    String name();

    /** Fits a model to the samples; deterministic: the same samples in the same order give the same model. */
    Fit fit(List<LogisticTrainer.Sample> samples);

    /** The logistic learner with the trainer's L-BFGS settings. */
    CueLearner MAXENT = new CueLearner() {
        @Override
        public String name() {
            return "maxent";
        }

        @Override
        public Fit fit(List<LogisticTrainer.Sample> samples) {
            LogisticTrainer.Fit f = new LogisticTrainer(QuoteTrainer.ITERATIONS, QuoteTrainer.L2,
                    QuoteTrainer.CUTOFF).fit(samples);
            return new Fit(f.model(), f.samples(), f.positives(), f.features(), f.algorithm());
        }
    };

    /**
     * The learner of that name.
     *
     * @throws IllegalStateException if no such learner is on the class path (the trees need the training module)
     */
    static CueLearner named(String name) {
        if (name.equals(MAXENT.name())) {
            return MAXENT;
        }
        return ServiceLoader.load(CueLearner.class).stream().map(ServiceLoader.Provider::get)
                .filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no cue learner '" + name + "' on the class path: "
                        + "train with ./verbatim train, which puts the training module (verbatim-train) on it"));
    }
}
