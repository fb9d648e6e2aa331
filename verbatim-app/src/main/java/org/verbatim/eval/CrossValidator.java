package org.verbatim.eval;

/**
 * Cross-validation of the learned extractor on the wcxb-dev domain folds: for each fold, models trained on the
 * other four (and on the tuning corpora) extract that fold's pages; the figures are those of the {@code wcxb} suite
 * over the five scored folds, named {@code wcxb_cv.*}. Training needs the {@code verbatim-train} module, which
 * provides the implementation (found with {@link java.util.ServiceLoader}).
 */
public interface CrossValidator {
    /** Trains per fold and scores; adds figures and per-page details to the report. */
    Evaluation.Report crossValidate(Corpora corpora, Evaluation.Progress progress);
}
