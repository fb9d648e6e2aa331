package org.verbatim.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Reader, workers, writer, joined by bounded queues: one thread reads the sources in order, {@code workers} threads
 * run the {@link Stage}, and the calling thread runs the {@link Writer} (or, for a {@linkplain #concurrent concurrent}
 * pipeline, each worker runs the writer right after the stage and the calling thread only tallies). Memory is bounded
 * by the queue capacities times the largest record (readers cap record size), whatever the input size.
 *
 * <p>Every record read gets one verdict in the {@link Counters}; failed ones also go to the {@link RejectsWriter}.
 * A stage or writer that throws fails only the record at hand.
 *
 * @param <R> what the stage produces for the writer
 */
public final class Pipeline<R> {
    private final Stage<R> stage;
    private final Writer<R> writer;
    private final int workers;
    private final int capacity;
    private final boolean concurrentWrites;

    /** A marker telling a worker (or the writer) that its upstream is done. */
    private static final SourceRecord END = SourceRecord.skipped("<end>", null, "end of input");

    /**
     * @param workers  threads running the stage (at least 1)
     * @param capacity size of each queue (at least 1)
     */
    public Pipeline(Stage<R> stage, Writer<R> writer, int workers, int capacity) {
        this(stage, writer, workers, capacity, false);
    }

    private Pipeline(Stage<R> stage, Writer<R> writer, int workers, int capacity, boolean concurrentWrites) {
        this.concurrentWrites = concurrentWrites;
        this.stage = Objects.requireNonNull(stage, "stage");
        this.writer = Objects.requireNonNull(writer, "writer");
        if (workers < 1 || capacity < 1) {
            throw new IllegalArgumentException("workers and capacity must be positive");
        }
        this.workers = workers;
        this.capacity = capacity;
    }

    /**
     * A pipeline whose workers also write: the writer must be thread-safe, and in exchange the write (for an index,
     * analysing and inverting the text) runs on every worker instead of one thread, so no single stage caps the
     * throughput at one core. Tallies, rejects and progress still happen on the calling thread.
     */
    public static <R> Pipeline<R> concurrent(Stage<R> stage, Writer<R> writer, int workers, int capacity) {
        return new Pipeline<>(stage, writer, workers, capacity, true);
    }

    /** A record's verdict so far: {@code written} is set once the writer ran, or when it need not run. */
    private record Done<R>(Processed<R> processed, Writer.Written written) {
    }

    /**
     * Runs every source to the end and returns when the last record is written.
     *
     * @param rejects  where failed records go; may be {@code null}
     * @param progress called on the writer thread after each record; may be {@code null}
     */
    public Counters.Snapshot run(List<RecordSource> sources, RejectsWriter rejects, Consumer<Counters> progress)
            throws InterruptedException {
        Counters counters = new Counters();
        BlockingQueue<SourceRecord> in = new ArrayBlockingQueue<>(capacity);
        BlockingQueue<Done<R>> out = new ArrayBlockingQueue<>(capacity);
        Thread reader = daemon("verbatim-read", () -> readAll(sources, in, counters));
        Thread[] pool = new Thread[workers];
        for (int i = 0; i < workers; i++) {
            pool[i] = daemon("verbatim-work-" + i, () -> work(in, out));
        }
        reader.start();
        for (Thread t : pool) {
            t.start();
        }
        try {
            drain(out, counters, rejects, progress);
        } finally {
            reader.interrupt();
            for (Thread t : pool) {
                t.interrupt();
            }
        }
        return counters.snapshot();
    }

    private void readAll(List<RecordSource> sources, BlockingQueue<SourceRecord> in, Counters counters) {
        try {
            for (int i = 0; i < sources.size(); i++) {
                try {
                    sources.get(i).read(r -> {
                        counters.read();
                        in.put(r);
                    });
                } catch (RuntimeException e) {
                    // A reader bug must not hang the pipeline: the rest of that input becomes one failed record.
                    counters.read();
                    in.put(SourceRecord.failed("input " + (i + 1), null, "internal error while reading: " + e));
                }
            }
            for (int i = 0; i < workers; i++) {
                in.put(END);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void work(BlockingQueue<SourceRecord> in, BlockingQueue<Done<R>> out) {
        try {
            while (true) {
                SourceRecord r = in.take();
                if (r == END) {
                    out.put(new Done<>(Processed.notOk(END, END.early()), null));
                    return;
                }
                Processed<R> p = processOne(r);
                out.put(new Done<>(p, concurrentWrites || !p.outcome().isOk() ? verdict(p) : null));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Processed<R> processOne(SourceRecord r) {
        if (r.early() != null) {
            return Processed.notOk(r, r.early());
        }
        try {
            return stage.process(r);
        } catch (RuntimeException | StackOverflowError e) {
            return Processed.notOk(r, Outcome.failed("internal error: " + e));
        }
    }

    private void drain(BlockingQueue<Done<R>> out, Counters counters, RejectsWriter rejects,
            Consumer<Counters> progress) throws InterruptedException {
        int ended = 0;
        while (ended < workers) {
            Done<R> d = out.take();
            Processed<R> p = d.processed();
            if (p.record() == END) {
                ended++;
                continue;
            }
            Writer.Written w = d.written() != null ? d.written() : verdict(p);
            counters.count(w.outcome(), w.duplicate());
            if (rejects != null && w.outcome().status() == Outcome.Status.FAILED) {
                rejects.reject(p.record(), w.outcome());
            }
            if (progress != null) {
                progress.accept(counters);
            }
        }
    }

    /** The final verdict: the writer's for an ok result, the stage's otherwise. */
    private Writer.Written verdict(Processed<R> p) {
        return p.outcome().isOk() ? writeOne(p) : new Writer.Written(p.outcome(), false);
    }

    private Writer.Written writeOne(Processed<R> p) {
        try {
            return writer.write(p);
        } catch (Exception e) {
            return new Writer.Written(Outcome.failed("cannot store: " + e), false);
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        return t;
    }
}
