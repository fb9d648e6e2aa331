package org.verbatim.pipeline;

import java.util.Objects;
import org.verbatim.ingest.SourceRecord;
import org.verbatim.ingest.Outcome;

/**
 * A record after the processing stage.
 *
 * @param record  the record it came from
 * @param outcome the verdict so far
 * @param value   the result, present exactly when the outcome is ok
 * @param <R>     the result type
 */
public record Processed<R>(SourceRecord record, Outcome outcome, R value) {

    public Processed {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(outcome, "outcome");
        if (outcome.isOk() != (value != null)) {
            throw new IllegalArgumentException("a value is required for ok results and only for them");
        }
    }

    public static <R> Processed<R> ok(SourceRecord record, R value) {
        return new Processed<>(record, Outcome.ok(), value);
    }

    public static <R> Processed<R> notOk(SourceRecord record, Outcome outcome) {
        return new Processed<>(record, outcome, null);
    }
}
