package org.verbatim.ingest;


/**
 * The first stage: reads one input and hands every record it finds to the sink, in order. It never throws for bad
 * content: a corrupt record becomes a failed {@link SourceRecord}, an unreadable input one failed record for the
 * whole input, and bytes that hold no record at all (garbage between archive records) a {@linkplain Sink#gap gap}.
 */
@FunctionalInterface
public interface RecordSource {

    /** Where records go; blocks when the pipeline is full, which is what bounds memory. */
    @FunctionalInterface
    interface Sink {
        void accept(SourceRecord record) throws InterruptedException;

        /**
         * Reports {@code length} bytes of {@code source} from byte {@code offset} that were skipped because they hold
         * no record (no record was lost in them: a damaged record is a failed record instead). Ignored by default.
         */
        default void gap(String source, long offset, long length) {
        }
    }

    void read(Sink sink) throws InterruptedException;
}
