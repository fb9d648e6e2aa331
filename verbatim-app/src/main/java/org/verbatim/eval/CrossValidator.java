package org.verbatim.eval;

/**
 * Cross-validation of a learned extractor on the wcxb-dev domain folds: for each fold, models trained on the
 * other four (and on the tuning corpora) extract that fold's pages; the figures are those of the suite named by
 * {@link #suite()} over the five scored folds ({@code wcxb_cv.*}, {@code text_cv.*}). Training needs the
 * {@code verbatim-train} module, which provides the implementations (found with {@link java.util.ServiceLoader}).
 */
public interface CrossValidator {
    /** The suite whose figures this cross-validates ({@code wcxb}, {@code text}). */
    default String suite() {
        return "wcxb";
    }

    /**
     * Trains per fold and scores; adds figures and per-page details to the report. A suite that has a reference
     * scorer also writes its cross-validated predictions, as Article JSON lines, into the folder {@code predictions}
     * ({@code wcxb-cv-predictions.jsonl}, for {@code tools/score_wcxb.py}), so that anyone can check the figures with
     * that scorer.
     *
     * @param predictions the folder for the predictions, or {@code null} to write none
     */
    Evaluation.Report crossValidate(Corpora corpora, Evaluation.Progress progress, java.nio.file.Path predictions);
}
