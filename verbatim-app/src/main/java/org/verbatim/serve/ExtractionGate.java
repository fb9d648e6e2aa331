package org.verbatim.serve;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounds the server's expensive work (extracting and annotating a page): at most {@code running} at once and
 * {@code waiting} more admitted; any request beyond gets 503 with {@code Retry-After} at once, before its body is
 * even read, so neither CPU nor request threads can be taken by a flood. Work is bounded by the counted budgets of
 * extraction and annotation; a wall-clock limit is only the last safety net: work over it is answered 503 and counted
 * in {@link #timeouts()}, and keeps its slot until it really ends, so runaway work can never exceed the bound.
 */
final class ExtractionGate implements AutoCloseable {
    /** Seconds a client is told to wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 2;

    private final Semaphore admitted;
    private final Semaphore running;
    private final Duration limit;
    private final ExecutorService pool;
    private final AtomicLong timeouts = new AtomicLong();

    ExtractionGate(int running, int waiting, Duration limit) {
        this.admitted = new Semaphore(running + waiting);
        this.running = new Semaphore(running);
        this.limit = limit;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "verbatim-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** A place in the gate, taken before reading a request's body; close it when the request is done. */
    final class Ticket implements AutoCloseable {
        private boolean handedOver;
        private boolean closed;

        /**
         * Runs {@code work} on a worker thread when one of the {@code running} slots is free, and waits for it up to
         * the limit.
         */
        <T> T run(Callable<T> work) throws InterruptedException {
            if (!running.tryAcquire(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy("every extraction slot stayed busy for " + seconds());
            }
            handedOver = true; // from here the worker releases the admission when it really ends
            Future<T> f;
            try {
                f = pool.submit(() -> {
                    try {
                        return work.call();
                    } finally {
                        running.release();
                        admitted.release();
                    }
                });
            } catch (RuntimeException e) {
                running.release();
                admitted.release();
                throw e;
            }
            try {
                return f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                timeouts.incrementAndGet();
                f.cancel(true);
                throw busy("the extraction ran over its " + seconds() + " safety net and was stopped (the page is "
                        + "not cut: nothing was answered)");
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(c);
            }
        }

        @Override
        public void close() {
            if (!closed && !handedOver) {
                admitted.release();
            }
            closed = true;
        }
    }

    /** A place in the gate, or a 503 problem with {@code Retry-After} when every place is taken. */
    Ticket admit() {
        if (!admitted.tryAcquire()) {
            throw busy("too many extractions at once; try again in " + RETRY_AFTER_SECONDS + " s");
        }
        return new Ticket();
    }

    private String seconds() {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }

    private static Problem busy(String detail) {
        return new Problem(503, detail).retryAfter(RETRY_AFTER_SECONDS);
    }

    /** Extractions stopped by the wall-clock safety net since the start. */
    long timeouts() {
        return timeouts.get();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
