package org.verbatim.pipeline;

import org.verbatim.ingest.Outcome;

/**
 * The last stage: runs on one thread, in the order results complete, and returns the final verdict (a write can
 * still fail). In a {@link Pipeline#concurrent concurrent} pipeline it runs on every worker at once instead, and must
 * be thread-safe. {@link #isDuplicate} results are ok records that added nothing because they were already stored.
 *
 * @param <R> the result type
 */
public interface Writer<R> {

    /** The final verdict of one ok result. */
    record Written(Outcome outcome, boolean duplicate) {
        public static final Written ADDED = new Written(Outcome.ok(), false);
        public static final Written DUPLICATE = new Written(Outcome.ok(), true);
    }

    Written write(Processed<R> ok) throws Exception;
}
