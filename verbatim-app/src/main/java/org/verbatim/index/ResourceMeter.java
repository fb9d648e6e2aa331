package org.verbatim.index;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
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
 * other processes share the machine), time in garbage collection and in the JIT compiler, and the heap: the peak in
 * use (just before a collection) and the peak live after one (what the run really holds on to).
 *
 * <p>The heap peaks come from the collectors' notifications, so they are exact at each collection rather than
 * sampled. Start one meter per run; {@link #stop} detaches it.
 */
public final class ResourceMeter implements NotificationListener {
    private final long wall0 = System.nanoTime();
    private final long cpu0 = processCpuNanos();
    private final long gc0 = gcMillis();
    private final long jit0 = jitMillis();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong peakUsed = new AtomicLong(heapUsed());
    private final AtomicLong peakLive = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();

    /**
     * @param wallSeconds  elapsed time
     * @param cpuSeconds   CPU time of the whole process (all threads: workers, GC, JIT)
     * @param gcSeconds    collection time reported by the collectors (pauses and concurrent work, in wall time)
     * @param jitSeconds   compilation time reported by the JIT
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
        return new Usage(wall / 1e9, cpu / 1e9, (gcMillis() - gc0) / 1e3, (jitMillis() - jit0) / 1e3, peakUsed.get(),
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

    private static long jitMillis() {
        var c = ManagementFactory.getCompilationMXBean();
        return c != null && c.isCompilationTimeMonitoringSupported() ? c.getTotalCompilationTime() : 0;
    }
}
