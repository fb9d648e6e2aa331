package org.verbatim.enrich.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Timestamp;

class SyndicationTest {

    /** A signature that differs from {@code base} at positions {@code [from, to)}. */
    private static int[] changed(int[] base, int from, int to, int salt) {
        int[] s = base.clone();
        for (int i = from; i < to; i++) {
            s[i] = 1_000_000 * salt + i;
        }
        return s;
    }

    private static Syndication.Copy copy(String id, String day, int[] sig) {
        return new Syndication.Copy(id, Syndication.publishedKey(day == null ? null : Timestamp.parse(day)),
                new Fingerprint(sig, "hash-" + id));
    }

    @Test
    void publicationKeysOrderDatesWithAndWithoutTimesAndPutUndatedLast() {
        long day = Syndication.publishedKey(Timestamp.parse("2025-03-06"));
        long local = Syndication.publishedKey(Timestamp.parse("2025-03-06T09:15"));
        long offset = Syndication.publishedKey(Timestamp.parse("2025-03-06T09:15+02:00"));
        assertThat(day).isLessThan(offset).isLessThan(local);
        assertThat(local - offset).isEqualTo(2 * 3600);
        assertThat(Syndication.publishedKey(null)).isEqualTo(Syndication.UNDATED).isGreaterThan(local);
    }

    /**
     * A and C are too different to be copies of each other, but each is a copy of B: one cluster, whatever order the
     * copies come in, named by the earliest; an undated copy never names a cluster with a dated one.
     */
    @Test
    void copiesOfCopiesFormOneClusterNamedByTheEarliestPublished() {
        int[] a = new int[MinHasher.HASHES];
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
        }
        int[] b = changed(a, 0, 24, 1);          // 40 of 64 equal to A
        int[] c = changed(b, 40, 64, 2);         // 40 of 64 equal to B, 16 to A
        assertThat(new Fingerprint(a, "x").sameStory(new Fingerprint(c, "y"))).isFalse();
        int[] other = changed(a, 0, 64, 3);
        List<Syndication.Copy> copies = new ArrayList<>(List.of(copy("id-a", "2025-03-07", a),
                copy("id-b", null, b), copy("id-c", "2025-03-06T23:00+01:00", c), copy("id-z", "2020-01-01", other)));
        Random rnd = new Random(2026);
        for (int round = 0; round < 10; round++) {
            Collections.shuffle(copies, rnd);
            Map<String, String> names = Syndication.clusters(copies);
            assertThat(names).containsEntry("id-a", "id-c").containsEntry("id-b", "id-c").containsEntry("id-c", "id-c")
                    .containsEntry("id-z", "id-z");
        }
    }

    @Test
    void copiesPublishedAtOneSecondAreNamedByTheSmallerId() {
        int[] a = new int[MinHasher.HASHES];
        Map<String, String> names = Syndication.clusters(List.of(copy("id-2", "2025-03-06", a),
                copy("id-1", "2025-03-06", a.clone())));
        assertThat(names).containsEntry("id-2", "id-1").containsEntry("id-1", "id-1");
    }
}
