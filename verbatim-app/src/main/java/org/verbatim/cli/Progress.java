package org.verbatim.cli;

import java.io.PrintStream;

/**
 * A one-line progress display on stderr (rate and ETA), shown only when a terminal is attached, so that pipes and
 * CI logs stay quiet.
 */
final class Progress {
    private final PrintStream err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastDraw;

    Progress(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Enabled when both a console is attached and {@code CI} is unset. */
    static Progress forTerminal() {
        return new Progress(System.err, System.console() != null && System.getenv("CI") == null);
    }

    synchronized void update(String label, int done, int total) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) {
            return; // redraw at most ten times a second
        }
        lastDraw = now;
        double secs = Math.max(1e-3, (now - start) / 1e9);
        double rate = done / secs;
        long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
        err.printf("\r\033[K%s %d/%d  %.0f/s  ETA %ds", label, done, total, rate, eta);
        if (done >= total) {
            err.print("\r\033[K");
        }
        err.flush();
    }
}
