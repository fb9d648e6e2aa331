package org.verbatim.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.verbatim.ingest.SourceRecord;
import org.verbatim.ingest.RecordSource;
import org.verbatim.ingest.Outcome;

/**
 * Reader, workers, writer, joined by bounded queues: one thread reads the sources in order, {@code workers} threads
 * run the {@link Stage}, and the calling thread runs the {@link Writer} (or, for a {@linkplain #concurrent concurrent}
 * pipeline, each worker runs the writer right after the stage and the calling thread only tallies). Memory is bounded
 * by the queue capacities times the largest record (readers cap record size), whatever the input size.
 *
 * <p>Every record read gets one verdict in the {@link Counters}; failed ones also go to the {@link RejectsWriter}.
 * Whatever a stage or writer throws, {@link Error}s such as {@link OutOfMemoryError} included, fails only the record
 * at hand. A worker that threw an {@code Error}, or whose thread died, is replaced by a fresh thread, so the run
 * always ends with its summary.
 *
 * <p>The stages bound their own work by counted budgets; a {@linkplain #withRecordTimeout record timeout} is only the
 * last safety net against a bug that never ends. A record over it is failed with its reason and counted in
 * {@code timeouts}, never silently cut; its thread is abandoned (interrupted, and whatever it still produces is
 * dropped) and replaced.
 *
 * @param <R> what the stage produces for the writer
 */
public final class Pipeline<R> {
    /** How often the calling thread looks for dead or overdue workers while it waits for results. */
    private static final long WATCH_MILLIS = 50;

    private final Stage<R> stage;
    private final Writer<R> writer;
    private final int workers;
    private final int capacity;
    private final boolean concurrentWrites;
    private final Duration recordTimeout;

    /** A marker telling a worker that its upstream is done. */
    private static final SourceRecord END = SourceRecord.skipped("<end>", null, "end of input");

    /**
     * @param workers  threads running the stage (at least 1)
     * @param capacity size of each queue (at least 1)
     */
    public Pipeline(Stage<R> stage, Writer<R> writer, int workers, int capacity) {
        this(stage, writer, workers, capacity, false, null);
    }

    private Pipeline(Stage<R> stage, Writer<R> writer, int workers, int capacity, boolean concurrentWrites,
            Duration recordTimeout) {
        this.concurrentWrites = concurrentWrites;
        this.stage = Objects.requireNonNull(stage, "stage");
        this.writer = Objects.requireNonNull(writer, "writer");
        if (workers < 1 || capacity < 1) {
            throw new IllegalArgumentException("workers and capacity must be positive");
        }
        if (recordTimeout != null && (recordTimeout.isNegative() || recordTimeout.isZero())) {
            throw new IllegalArgumentException("the record timeout must be positive");
        }
        this.workers = workers;
        this.capacity = capacity;
        this.recordTimeout = recordTimeout;
    }

    /**
     * A pipeline whose workers also write: the writer must be thread-safe, and in exchange the write (for an index,
     * analysing and inverting the text) runs on every worker instead of one thread, so no single stage caps the
     * throughput at one core. Tallies, rejects and progress still happen on the calling thread.
     */
    public static <R> Pipeline<R> concurrent(Stage<R> stage, Writer<R> writer, int workers, int capacity) {
        return new Pipeline<>(stage, writer, workers, capacity, true, null);
    }

    /**
     * This pipeline with a wall-clock limit on the stage of each record ({@code null}: none). The write of a record
     * that finished its stage in time is not limited.
     */
    public Pipeline<R> withRecordTimeout(Duration limit) {
        return new Pipeline<>(stage, writer, workers, capacity, concurrentWrites, limit);
    }

    /** A record's verdict so far: {@code written} is set once the writer ran, or when it need not run. */
    private record Done<R>(Processed<R> processed, Writer.Written written) {
    }

    /** A stretch of an input that held no record. */
    private record Gap(String source, long offset, long length) {
    }

    /** One record in a worker's hands; whoever settles it first (the worker, or the watchdog) gives its verdict. */
    private static final class Job {
        final SourceRecord record;
        final long startedNanos;
        private final AtomicBoolean settled = new AtomicBoolean();

        Job(SourceRecord record) {
            this.record = record;
            this.startedNanos = System.nanoTime();
        }

        /** Set once the worker handed its verdict on; a worker that dies settled but undelivered lost it. */
        volatile boolean delivered;

        boolean settle() {
            return settled.compareAndSet(false, true);
        }
    }

    /** One worker thread and what the watchdog needs to know about it. */
    private final class Worker implements Runnable {
        final Thread thread;
        private final BlockingQueue<SourceRecord> in;
        private final BlockingQueue<Done<R>> out;
        private final AtomicBoolean stopping;
        volatile Job job;
        /** Took an end marker and delivered everything: no replacement needed. */
        volatile boolean finished;
        /** Gave up its thread (after an Error, or abandoned by the watchdog): a replacement takes over. */
        volatile boolean retired;
        volatile Throwable death;

        Worker(String name, BlockingQueue<SourceRecord> in, BlockingQueue<Done<R>> out, AtomicBoolean stopping) {
            this.in = in;
            this.out = out;
            this.stopping = stopping;
            this.thread = daemon(name, this);
        }

        @Override
        public void run() {
            try {
                while (!retired) {
                    SourceRecord r = in.take();
                    if (r == END) {
                        finished = true;
                        return;
                    }
                    Job j = new Job(r);
                    job = j;
                    Throwable error = handle(j);
                    job = null;
                    if (error != null) {
                        retired = true; // the thread's state may be damaged (an OutOfMemoryError): start afresh
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable t) {
                death = t; // the watchdog fails the record in hand, if any, and starts a replacement
            }
        }

        /** Processes and delivers one record; returns the Error it threw, if any. */
        private Throwable handle(Job j) throws InterruptedException {
            Throwable[] error = new Throwable[1];
            Processed<R> p = processOne(j.record, error);
            // an interrupt that is not the run's end (Thread.stop interrupts too) must not drop the verdict
            if (Thread.interrupted() && stopping.get()) {
                throw new InterruptedException("the run is over");
            }
            if (!j.settle()) {
                return error[0]; // the watchdog already gave the verdict (a timeout): drop this result
            }
            Writer.Written w = concurrentWrites || !p.outcome().isOk() ? verdict(p, error) : null;
            out.put(new Done<>(p, w));
            j.delivered = true;
            return error[0];
        }
    }

    /**
     * Runs every source to the end and returns when the last record is written.
     *
     * @param rejects  where failed records and gaps go; may be {@code null}
     * @param progress called on the writer thread after each record; may be {@code null}
     * @throws java.io.UncheckedIOException when the rejects file cannot be written (a full disk): the run stops, since
     *                                      it could no longer account for its failures
     */
    public Counters.Snapshot run(List<RecordSource> sources, RejectsWriter rejects, Consumer<Counters> progress)
            throws InterruptedException {
        Counters counters = new Counters();
        BlockingQueue<SourceRecord> in = new ArrayBlockingQueue<>(capacity);
        BlockingQueue<Done<R>> out = new ArrayBlockingQueue<>(capacity);
        Queue<Gap> gaps = new ConcurrentLinkedQueue<>();
        AtomicBoolean stopping = new AtomicBoolean();
        Thread reader = daemon("verbatim-read", () -> readAll(sources, in, counters, gaps));
        List<Worker> pool = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            pool.add(new Worker("verbatim-work-" + i, in, out, stopping));
        }
        reader.start();
        for (Worker w : pool) {
            w.thread.start();
        }
        try {
            drain(pool, in, out, gaps, counters, rejects, progress, stopping);
        } finally {
            stopping.set(true);
            reader.interrupt();
            for (Worker w : pool) {
                w.thread.interrupt();
            }
        }
        return counters.snapshot();
    }

    private void readAll(List<RecordSource> sources, BlockingQueue<SourceRecord> in, Counters counters,
            Queue<Gap> gaps) {
        RecordSource.Sink sink = new RecordSource.Sink() {
            @Override
            public void accept(SourceRecord r) throws InterruptedException {
                counters.read();
                in.put(r);
            }

            @Override
            public void gap(String source, long offset, long length) {
                counters.gap(length);
                gaps.add(new Gap(source, offset, length));
            }
        };
        try {
            for (int i = 0; i < sources.size(); i++) {
                try {
                    sources.get(i).read(sink);
                } catch (InterruptedException e) {
                    throw e;
                } catch (Throwable e) {
                    // A reader bug (or an OutOfMemoryError) must not hang the pipeline: the rest of that input
                    // becomes one failed record.
                    sink.accept(SourceRecord.failed("input " + (i + 1), null, "internal error while reading: " + e));
                }
            }
            for (int i = 0; i < workers; i++) {
                in.put(END);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Processed<R> processOne(SourceRecord r, Throwable[] error) {
        if (r.early() != null) {
            return Processed.notOk(r, r.early());
        }
        try {
            return stage.process(r);
        } catch (Throwable e) {
            if (e instanceof Error) {
                error[0] = e;
            }
            return Processed.notOk(r, Outcome.failed("internal error: " + e));
        }
    }

    /**
     * Tallies results until every worker has finished, and meanwhile replaces dead workers and fails records over the
     * timeout.
     */
    private void drain(List<Worker> pool, BlockingQueue<SourceRecord> in, BlockingQueue<Done<R>> out,
            Queue<Gap> gaps, Counters counters, RejectsWriter rejects, Consumer<Counters> progress,
            AtomicBoolean stopping) throws InterruptedException {
        int generation = 0;
        long watched = System.nanoTime();
        while (true) {
            Done<R> d = out.poll(WATCH_MILLIS, TimeUnit.MILLISECONDS);
            writeGaps(gaps, rejects);
            if (d != null) {
                Processed<R> p = d.processed();
                Writer.Written w = d.written() != null ? d.written() : verdict(p, new Throwable[1]);
                tally(p.record(), w, counters, rejects, progress);
                if (System.nanoTime() - watched < TimeUnit.MILLISECONDS.toNanos(WATCH_MILLIS)) {
                    continue; // results are flowing; still look at the workers every WATCH_MILLIS
                }
            }
            watched = System.nanoTime();
            boolean allFinished = true;
            for (int i = 0; i < pool.size(); i++) {
                Worker w = pool.get(i);
                if (!w.finished && needsReplacement(w, counters, rejects, progress)) {
                    w.retired = true;
                    w.thread.interrupt();
                    Worker fresh = new Worker("verbatim-work-" + i + "." + (++generation), in, out, stopping);
                    pool.set(i, fresh);
                    fresh.thread.start();
                }
                allFinished &= pool.get(i).finished;
            }
            if (allFinished && out.isEmpty()) {
                writeGaps(gaps, rejects);
                return;
            }
        }
    }

    /**
     * True when {@code w} is gone (dead, retired, or overdue): gives the verdict of the record it held, if it had not
     * been given.
     */
    private boolean needsReplacement(Worker w, Counters counters, RejectsWriter rejects, Consumer<Counters> progress) {
        Job j = w.job;
        if (w.thread.isAlive() && !w.retired) {
            if (j == null || recordTimeout == null || System.nanoTime() - j.startedNanos < recordTimeout.toNanos()
                    || !j.settle()) {
                return false;
            }
            String reason = "timeout: stopped after " + seconds(recordTimeout) + " of wall-clock time (the safety "
                    + "net; the record was not cut)";
            counters.timeout();
            reject(rejects, j.record, Outcome.failed(reason));
            progress(progress, counters);
            return true;
        }
        if (w.thread.isAlive()) {
            return false; // retired after its last record, and about to end
        }
        if (j != null && (j.settle() || !j.delivered)) {
            Throwable t = w.death;
            tally(j.record, new Writer.Written(Outcome.failed("internal error: the worker died"
                    + (t == null ? "" : ": " + t)), false), counters, rejects, progress);
        }
        return true;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private void tally(SourceRecord r, Writer.Written w, Counters counters, RejectsWriter rejects,
            Consumer<Counters> progress) {
        counters.count(w.outcome(), w.duplicate());
        if (w.outcome().status() == Outcome.Status.FAILED) {
            reject(rejects, r, w.outcome());
        }
        progress(progress, counters);
    }

    private static void reject(RejectsWriter rejects, SourceRecord r, Outcome o) {
        if (rejects != null) {
            rejects.reject(r, o);
        }
    }

    private static void progress(Consumer<Counters> progress, Counters counters) {
        if (progress != null) {
            progress.accept(counters);
        }
    }

    private static void writeGaps(Queue<Gap> gaps, RejectsWriter rejects) {
        for (Gap g; (g = gaps.poll()) != null; ) {
            if (rejects != null) {
                rejects.gap(g.source(), g.offset(), g.length());
            }
        }
    }

    /** The final verdict: the writer's for an ok result, the stage's otherwise. */
    private Writer.Written verdict(Processed<R> p, Throwable[] error) {
        return p.outcome().isOk() ? writeOne(p, error) : new Writer.Written(p.outcome(), false);
    }

    private Writer.Written writeOne(Processed<R> p, Throwable[] error) {
        try {
            return writer.write(p);
        } catch (Throwable e) {
            if (e instanceof Error) {
                error[0] = e;
            }
            return new Writer.Written(Outcome.failed("cannot store: " + e), false);
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        return t;
    }
}
