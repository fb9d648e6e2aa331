package org.verbatim.pipeline;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Thread-safe tallies where {@code read = ok + skipped + failed} holds whenever no record is in flight;
 * {@code duplicates} counts ok records that were already stored (a re-ingest), so it is part of {@code ok}.
 */
public final class Counters {
    private final LongAdder read = new LongAdder();
    private final LongAdder ok = new LongAdder();
    private final LongAdder skipped = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final Map<String, LongAdder> skipReasons = new ConcurrentHashMap<>();

    /** An immutable copy. */
    public record Snapshot(long read, long ok, long skipped, long failed, long duplicates, Map<String, Long> skipReasons) {
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

    public Snapshot snapshot() {
        Map<String, Long> reasons = new TreeMap<>();
        skipReasons.forEach((k, v) -> reasons.put(k, v.sum()));
        return new Snapshot(read.sum(), ok.sum(), skipped.sum(), failed.sum(), duplicates.sum(), reasons);
    }

    /** The reason up to its first colon ("not html: image/gif" tallies as "not html"), to keep the tally small. */
    static String reasonKind(String reason) {
        int colon = reason.indexOf(':');
        return colon < 0 ? reason : reason.substring(0, colon);
    }
}
