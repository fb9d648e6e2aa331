package org.verbatim.serve;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import org.verbatim.index.ArticleSearch;

/**
 * Builds the {@link QuoteStore} on a thread of its own once the server listens, and stops it before the index is
 * closed: {@link #stop} asks the build to stop at the next article and waits for it, so that a server closed in its
 * first seconds does not keep reading every stored article first. (A read in flight holds the index open anyway, see
 * {@link ArticleSearch#close}: the index's files are memory-mapped, and unmapping them under a read would crash the
 * JVM.)
 */
final class QuoteStoreLoader {
    /** How long {@link #stop} waits for the build to notice; reading one article takes milliseconds. */
    static final long STOP_WAIT_MS = 30_000;

    private final CompletableFuture<QuoteStore> store = new CompletableFuture<>();
    private volatile boolean stopping;
    private Thread thread;

    /** The store, completed when the build ends (exceptionally if it failed or was stopped). */
    CompletableFuture<QuoteStore> store() {
        return store;
    }

    /** A build that ends soon after {@code stop} turns true. */
    interface Build {
        QuoteStore run(java.util.function.BooleanSupplier stop) throws IOException;
    }

    /** Starts the build over {@code search}. */
    void start(ArticleSearch search) {
        start(stop -> QuoteStore.build(search, stop));
    }

    /** Starts {@code build} on the loader's thread. */
    void start(Build build) {
        thread = new Thread(() -> {
            try {
                store.complete(build.run(() -> stopping));
            } catch (IOException | RuntimeException e) {
                store.completeExceptionally(e);
            }
        }, "verbatim-quote-store");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Stops the build and waits for it to end; only then may the index be closed.
     *
     * @throws IOException if the build did not end in {@link #STOP_WAIT_MS} (the index must then stay open)
     */
    void stop() throws IOException {
        stopping = true;
        if (thread == null) {
            return;
        }
        try {
            thread.join(STOP_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            throw new IOException("the quote store is still being read after " + STOP_WAIT_MS
                    + " ms; the index is left open");
        }
        store.completeExceptionally(new CancellationException("the server is closing"));
    }
}
