package org.verbatim.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * SparkBench's view of where a job's process CPU went, by kind of thread (JIT compilers, GC, Spark's task threads...),
 * from Linux's {@code /proc/self/task/TID/stat}: every thread of the JVM, its own and Java's. A thread that ended during
 * the job is counted under "ended" (the process total less the live threads').
 */
final class ThreadCpu {
    private static final double TICK_NANOS = 1e9 / 100; // USER_HZ

    private ThreadCpu() {
    }

    /** CPU nanoseconds (user + system) of each live thread, keyed by "tid name". */
    static Map<String, Long> snapshot() {
        Map<String, Long> out = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String[] f = stat.substring(close + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                    out.put(t.getFileName() + " " + stat.substring(open + 1, close), (long) (ticks * TICK_NANOS));
                } catch (IOException | RuntimeException e) {
                    // the thread ended while listed
                }
            }
        } catch (IOException e) {
            return Map.of(); // not Linux
        }
        return out;
    }

    /** Seconds of CPU between two snapshots by kind of thread, the ended threads' share from the process total. */
    static String byKind(Map<String, Long> before, Map<String, Long> after, long processNanos) {
        Map<String, Long> kinds = new TreeMap<>();
        long live = 0;
        for (Map.Entry<String, Long> e : after.entrySet()) {
            long d = e.getValue() - before.getOrDefault(e.getKey(), 0L);
            live += d;
            kinds.merge(kind(e.getKey().substring(e.getKey().indexOf(' ') + 1)), d, Long::sum);
        }
        kinds.put("ended", Math.max(0, processNanos - live));
        StringBuilder sb = new StringBuilder();
        kinds.entrySet().stream().filter(e -> e.getValue() >= 50_000_000L)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sb.append(String.format(Locale.ROOT, "%s %.1f, ", e.getKey(), e.getValue() / 1e9)));
        return sb.length() > 2 ? sb.substring(0, sb.length() - 2) : "";
    }

    private static String kind(String name) {
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            return "JIT";
        }
        if (name.startsWith("GC ") || name.startsWith("G1 ")) {
            return "GC";
        }
        if (name.startsWith("Executor task")) {
            return "tasks";
        }
        if (name.startsWith("verbatim-read")) {
            return "readers";
        }
        return name.equals("java") || name.equals("main") ? "main" : "other";
    }
}
