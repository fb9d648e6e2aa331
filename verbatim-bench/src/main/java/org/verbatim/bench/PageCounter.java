package org.verbatim.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts pages handled, so that JMH reports {@code pages} as a secondary throughput metric (pages/s) beside the
 * primary one (passes over the corpus per second). Per thread; reset before every iteration.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class PageCounter {
    /** Pages handled in this iteration; JMH divides it by the iteration's time. */
    public long pages;

    @Setup(Level.Iteration)
    public void reset() {
        pages = 0;
    }
}
