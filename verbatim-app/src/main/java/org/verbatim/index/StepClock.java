package org.verbatim.index;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.verbatim.pipeline.PageProcessor;

/**
 * CPU time of each step of an ingest (extraction, annotation, fingerprint, indexing), summed over the worker threads,
 * so that a run tells where its time goes without a profiler. Reading a thread's CPU clock costs well under a
 * microsecond, against milliseconds per article. Thread-safe.
 */
final class StepClock implements PageProcessor.StepTimer {
    enum Step {
        EXTRACT, ANNOTATE, FINGERPRINT, INDEX
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final boolean on = threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
    private final LongAdder[] nanos = new LongAdder[Step.values().length];

    StepClock() {
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = new LongAdder();
        }
    }

    /** The calling thread's CPU time, in nanoseconds (0 where the JVM cannot tell). */
    @Override
    public long now() {
        return on ? threads.getCurrentThreadCpuTime() : 0;
    }

    /** Charges the CPU time since {@code since} to {@code step}; returns the new start. */
    long lap(Step step, long since) {
        long t = now();
        nanos[step.ordinal()].add(t - since);
        return t;
    }

    @Override
    public long lap(PageProcessor.Step step, long since) {
        return lap(Step.valueOf(step.name()), since);
    }

    /** Seconds per step, in pipeline order, keyed by the lower-case step name. */
    Map<String, Double> seconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Step s : Step.values()) {
            out.put(s.name().toLowerCase(Locale.ROOT), nanos[s.ordinal()].sum() / 1e9);
        }
        return out;
    }
}
