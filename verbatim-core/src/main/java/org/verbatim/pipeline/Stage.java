package org.verbatim.pipeline;

import org.verbatim.ingest.SourceRecord;

/**
 * A processing stage: one record in, one result out. Runs on several threads at once, so it must hold no mutable
 * state. It reports bad content in the result rather than throwing; a thrown exception fails just that record.
 *
 * @param <R> the result type
 */
@FunctionalInterface
public interface Stage<R> {
    Processed<R> process(SourceRecord record);
}
