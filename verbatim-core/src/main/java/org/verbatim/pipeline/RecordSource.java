package org.verbatim.pipeline;

/**
 * The first stage: reads one input and hands every record it finds to the sink, in order. It never throws for bad
 * content: a corrupt record becomes a failed {@link SourceRecord}, an unreadable input one failed record for the
 * whole input.
 */
@FunctionalInterface
public interface RecordSource {

    /** Where records go; blocks when the pipeline is full, which is what bounds memory. */
    @FunctionalInterface
    interface Sink {
        void accept(SourceRecord record) throws InterruptedException;
    }

    void read(Sink sink) throws InterruptedException;
}
