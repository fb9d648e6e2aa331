package org.verbatim.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A bounded least-recently-used cache of response bodies. Correct only because the server reads one fixed commit of
 * the index: a given request always has the same answer for the life of the process. Thread-safe.
 */
final class ResponseCache {
    private final Map<String, byte[]> entries;
    private final boolean enabled;

    /** @param capacity entries kept; 0 turns caching off */
    ResponseCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative");
        }
        this.enabled = capacity > 0;
        this.entries = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The cached body for {@code key}, computing (outside the lock) and storing it when absent. */
    byte[] get(String key, Supplier<byte[]> compute) {
        if (!enabled) {
            return compute.get();
        }
        synchronized (entries) {
            byte[] hit = entries.get(key);
            if (hit != null) {
                return hit;
            }
        }
        byte[] body = compute.get();
        synchronized (entries) {
            entries.put(key, body);
        }
        return body;
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
