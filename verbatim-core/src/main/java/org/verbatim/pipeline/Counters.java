package org.verbatim.pipeline;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.verbatim.ingest.Outcome;

/**
 * Thread-safe tallies where {@code read = ok + skipped + failed} holds whenever no record is in flight;
 * {@code duplicates} counts ok records that were already stored (a re-ingest), so it is part of {@code ok};
 * {@code timeouts} counts failed records stopped by the wall-clock safety net, so it is part of {@code failed}.
 * {@code gaps} and {@code gapBytes} count stretches of an input that held no record (garbage between WARC records):
 * they are not records, so they are not part of {@code read}.
 */
public final class Counters {
    private final LongAdder read = new LongAdder();
    private final LongAdder ok = new LongAdder();
    private final LongAdder skipped = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder timeouts = new LongAdder();
    private final LongAdder gaps = new LongAdder();
    private final LongAdder gapBytes = new LongAdder();
    private final Map<String, LongAdder> skipReasons = new ConcurrentHashMap<>();

    /** An immutable copy. */
    public record Snapshot(long read, long ok, long skipped, long failed, long duplicates, long timeouts, long gaps,
                           long gapBytes, Map<String, Long> skipReasons) {
        public Snapshot {
            skipReasons = Map.copyOf(skipReasons);
        }

        /** True when every record read has a verdict. */
        public boolean addsUp() {
            return read == ok + skipped + failed;
        }
    }

    public void read() {
        read.increment();
    }

    /** Records one verdict; {@code duplicate} only for ok records. */
    public void count(Outcome o, boolean duplicate) {
        switch (o.status()) {
            case OK -> ok.increment();
            case SKIPPED -> {
                skipped.increment();
                skipReasons.computeIfAbsent(reasonKind(o.reason()), k -> new LongAdder()).increment();
            }
            case FAILED -> failed.increment();
        }
        if (duplicate) {
            duplicates.increment();
        }
    }

    /** Records a failed verdict given by the wall-clock safety net. */
    public void timeout() {
        failed.increment();
        timeouts.increment();
    }

    /** Records {@code bytes} of an input skipped because they held no record. */
    public void gap(long bytes) {
        gaps.increment();
        gapBytes.add(bytes);
    }

    public Snapshot snapshot() {
        Map<String, Long> reasons = new TreeMap<>();
        skipReasons.forEach((k, v) -> reasons.put(k, v.sum()));
        return new Snapshot(read.sum(), ok.sum(), skipped.sum(), failed.sum(), duplicates.sum(), timeouts.sum(),
                gaps.sum(), gapBytes.sum(), reasons);
    }

    /** The reason up to its first colon ("not html: image/gif" tallies as "not html"), to keep the tally small. */
    static String reasonKind(String reason) {
        int colon = reason.indexOf(':');
        return colon < 0 ? reason : reason.substring(0, colon);
    }
}
