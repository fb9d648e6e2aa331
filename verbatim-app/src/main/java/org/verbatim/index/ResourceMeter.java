package org.verbatim.index;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * What a run costs this JVM: wall and process CPU time (so CPU per item and cores used, which stay meaningful when
 * other processes share the machine), the CPU taken by the garbage collector and by the JIT compiler, and the heap:
 * the peak in use (just before a collection) and the peak live after one (what the run really holds on to).
 *
 * <p>The heap peaks come from the collectors' notifications, so they are exact at each collection rather than
 * sampled. Start one meter per run; {@link #stop} detaches it.
 */
public final class ResourceMeter implements NotificationListener {
    private final long wall0 = System.nanoTime();
    private final long cpu0 = processCpuNanos();
    private final long gc0 = gcMillis();
    private final JvmThreads jvm0 = JvmThreads.now();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong peakUsed = new AtomicLong(heapUsed());
    private final AtomicLong peakLive = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();

    /**
     * @param wallSeconds  elapsed time
     * @param cpuSeconds   CPU time of the whole process (all threads: workers, GC, JIT)
     * @param gcSeconds    CPU time of the collector threads (Linux; else the collection time the collectors report)
     * @param jitSeconds   CPU time of the JIT compiler threads (Linux; else 0)
     * @param peakHeap     bytes in use at the fullest moment seen (before a collection, or at the end)
     * @param peakLiveHeap bytes still in use after the fullest collection
     * @param maxHeap      the heap limit ({@code -Xmx})
     */
    public record Usage(double wallSeconds, double cpuSeconds, double gcSeconds, double jitSeconds, long peakHeap,
            long peakLiveHeap, long maxHeap) {

        /** Average number of cores kept busy. */
        public double cores() {
            return wallSeconds > 0 ? cpuSeconds / wallSeconds : 0;
        }

        /** CPU milliseconds per item, for {@code n} items. */
        public double cpuMsPer(long n) {
            return n > 0 ? cpuSeconds * 1000 / n : 0;
        }
    }

    /** Starts measuring now. */
    public ResourceMeter() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(this, null, null);
                emitters.add(e);
            }
        }
    }

    /** Stops measuring and returns the totals since the start. */
    public Usage stop() {
        long cpu = processCpuNanos() - cpu0;
        long wall = System.nanoTime() - wall0;
        peakUsed.accumulateAndGet(heapUsed(), Math::max);
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(this);
            } catch (ListenerNotFoundException ignored) {
                // already gone
            }
        }
        JvmThreads jvm = JvmThreads.now();
        double gc = jvm.known() ? jvm.gcSeconds() - jvm0.gcSeconds() : (gcMillis() - gc0) / 1e3;
        return new Usage(wall / 1e9, cpu / 1e9, gc, jvm.jitSeconds() - jvm0.jitSeconds(), peakUsed.get(),
                peakLive.get(), Runtime.getRuntime().maxMemory());
    }

    @Override
    public void handleNotification(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
        peakUsed.accumulateAndGet(heapSum(info.getMemoryUsageBeforeGc()), Math::max);
        peakLive.accumulateAndGet(heapSum(info.getMemoryUsageAfterGc()), Math::max);
    }

    private long heapSum(Map<String, MemoryUsage> pools) {
        long sum = 0;
        for (var e : pools.entrySet()) {
            if (heapPools.contains(e.getKey())) {
                sum += e.getValue().getUsed();
            }
        }
        return sum;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** CPU time of the whole process; -1 where the platform does not tell. */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static long gcMillis() {
        long t = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            t += Math.max(0, gc.getCollectionTime());
        }
        return t;
    }

    /**
     * CPU time of the JVM's own threads so far, from {@code /proc/self/task} (Linux): the JIT compilers, and the
     * collector and VM threads. Threads that ended are missed, which is why both ends of a run are read while the
     * JVM threads live. Elsewhere {@link #known} is false and both are 0.
     */
    record JvmThreads(boolean known, double jitSeconds, double gcSeconds) {
        /** Linux's USER_HZ: /proc times are in these ticks on every common kernel. */
        private static final double TICKS_PER_SECOND = 100;

        static JvmThreads now() {
            Path tasks = Path.of("/proc/self/task");
            if (!Files.isDirectory(tasks)) {
                return new JvmThreads(false, 0, 0);
            }
            long jit = 0;
            long gc = 0;
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(tasks)) {
                for (Path t : ds) {
                    String stat = readQuietly(t.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    if (open < 0 || close < open) {
                        continue;
                    }
                    String name = stat.substring(open + 1, close);
                    // after the name: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime
                    String[] f = stat.substring(close + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    if (name.contains("CompilerThre")) {
                        jit += ticks;
                    } else if (name.startsWith("GC ") || name.startsWith("G1 ") || name.startsWith("VM Thread")) {
                        gc += ticks;
                    }
                }
            } catch (IOException | RuntimeException e) {
                return new JvmThreads(false, 0, 0);
            }
            return new JvmThreads(true, jit / TICKS_PER_SECOND, gc / TICKS_PER_SECOND);
        }

        private static String readQuietly(Path p) {
            try {
                return Files.readString(p);
            } catch (IOException e) {
                return ""; // the thread ended meanwhile
            }
        }
    }
}
