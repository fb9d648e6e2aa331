package org.verbatim.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;
import org.verbatim.ingest.Outcome;
import org.verbatim.pipeline.PageProcessor;

/**
 * The job's counters, as Spark accumulators: updated by the tasks of the one pass that reads and processes the
 * records, so each record counts once (Spark merges the updates of a task's successful attempt only; a failed
 * attempt's are dropped). {@code read = ok + skipped + failed}: every record read gets one verdict.
 */
final class Tallies implements Serializable {
    private static final long serialVersionUID = 1L;
    final LongAccumulator read;
    final LongAccumulator ok;
    final LongAccumulator skipped;
    final LongAccumulator failed;
    final LongAccumulator gaps;
    final LongAccumulator gapBytes;
    /** CPU nanoseconds per {@link PageProcessor.Step}, in step order. */
    final LongAccumulator[] stepNanos;
    /** The most heap a task saw in use after a record, in bytes; and the executors' heap limit. */
    final MaxAccumulator peakHeap = new MaxAccumulator();
    final MaxAccumulator maxHeap = new MaxAccumulator();

    Tallies(SparkContext sc) {
        read = sc.longAccumulator("verbatim.read");
        ok = sc.longAccumulator("verbatim.ok");
        skipped = sc.longAccumulator("verbatim.skipped");
        failed = sc.longAccumulator("verbatim.failed");
        gaps = sc.longAccumulator("verbatim.gaps");
        gapBytes = sc.longAccumulator("verbatim.gap_bytes");
        PageProcessor.Step[] steps = PageProcessor.Step.values();
        stepNanos = new LongAccumulator[steps.length];
        for (int i = 0; i < steps.length; i++) {
            stepNanos[i] = sc.longAccumulator("verbatim.cpu_nanos." + steps[i].name().toLowerCase(Locale.ROOT));
        }
        sc.register(peakHeap, "verbatim.peak_heap");
        sc.register(maxHeap, "verbatim.max_heap");
    }

    void count(Outcome.Status s) {
        read.add(1);
        switch (s) {
            case OK -> ok.add(1);
            case SKIPPED -> skipped.add(1);
            case FAILED -> failed.add(1);
        }
    }

    /** CPU seconds per step, keyed by the lower-case step name. */
    Map<String, Double> stepSeconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        PageProcessor.Step[] steps = PageProcessor.Step.values();
        for (int i = 0; i < steps.length; i++) {
            out.put(steps[i].name().toLowerCase(Locale.ROOT), stepNanos[i].value() / 1e9);
        }
        return out;
    }
}
