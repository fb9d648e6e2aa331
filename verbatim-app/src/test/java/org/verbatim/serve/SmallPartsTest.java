package org.verbatim.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verbatim.index.Ids;

class SmallPartsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Dr. Anna Weber|dr-anna-weber", "  dr anna   WEBER |dr-anna-weber",
            "Jean-Luc Mélenchon|jean-luc-mélenchon", "'<script>'|script", "...|''"})
    void idsAreStableAndUrlSafe(String name, String id) {
        assertThat(Ids.of(name)).isEqualTo(id);
    }

    @Test
    void cacheComputesOnceAndEvictsTheLeastRecentlyUsed() {
        ResponseCache c = new ResponseCache(2);
        AtomicInteger computed = new AtomicInteger();
        c.get("a", () -> new byte[] {(byte) computed.incrementAndGet()});
        c.get("b", () -> new byte[] {(byte) computed.incrementAndGet()});
        assertThat(c.get("a", () -> new byte[] {(byte) computed.incrementAndGet()})).containsExactly(1);
        c.get("c", () -> new byte[] {(byte) computed.incrementAndGet()}); // evicts b, used least recently
        assertThat(c.size()).isEqualTo(2);
        assertThat(c.get("b", () -> new byte[] {(byte) computed.incrementAndGet()})).containsExactly(4);
        assertThat(computed.get()).isEqualTo(4);
    }

    @Test
    void aZeroCacheAlwaysComputes() {
        ResponseCache c = new ResponseCache(0);
        AtomicInteger computed = new AtomicInteger();
        c.get("a", () -> new byte[] {(byte) computed.incrementAndGet()});
        c.get("a", () -> new byte[] {(byte) computed.incrementAndGet()});
        assertThat(computed.get()).isEqualTo(2);
        assertThat(c.size()).isZero();
    }
}
