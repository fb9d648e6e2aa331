package org.verbatim.enrich.fingerprint;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.verbatim.model.Timestamp;

/**
 * The syndication rule that single-machine ingest and the Spark job share, so that on one input both give the same
 * clusters under the same names.
 *
 * <ul>
 *   <li><b>Copies.</b> Two articles are copies of one story when they share an LSH {@linkplain Fingerprint#bandKeys()
 *       band key} (the content hash is one) and their fingerprints are {@linkplain Fingerprint#sameStory similar}
 *       enough. A cluster is a connected component of that relation: copies of copies belong together, across files
 *       and sites, whatever order the articles arrive in.</li>
 *   <li><b>Names.</b> A cluster is named by the id of its earliest-published copy ({@link #publishedKey}); copies
 *       published at the same second, or without a date (which come last), are ordered by id.</li>
 * </ul>
 *
 * {@link #clusters} is the reference implementation, in memory; the index and the Spark job compute the same with
 * their own means (postings, SQL).
 */
public final class Syndication {
    /** The key of an article without a publication date: after every dated one. */
    public static final long UNDATED = Long.MAX_VALUE;

    private Syndication() {
    }

    /**
     * When a copy was published, as a sort key: epoch seconds of the date-time, read in UTC when the page gives no
     * offset (a day alone is its midnight); {@link #UNDATED} for {@code null}.
     */
    public static long publishedKey(Timestamp published) {
        if (published == null) {
            return UNDATED;
        }
        if (published.value() instanceof OffsetDateTime t) {
            return t.toEpochSecond();
        }
        if (published.value() instanceof LocalDateTime t) {
            return t.toEpochSecond(ZoneOffset.UTC);
        }
        return ((LocalDate) published.value()).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    }

    /** Orders candidate names: the earlier published first, then the smaller id. Negative when a goes first. */
    public static int compare(long publishedA, String idA, long publishedB, String idB) {
        int c = Long.compare(publishedA, publishedB);
        return c != 0 ? c : idA.compareTo(idB);
    }

    /** One article as the rule sees it. */
    public record Copy(String id, long published, Fingerprint fingerprint) {
        public Copy {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(fingerprint, "fingerprint");
        }

        /** True when this copy names a cluster before {@code o}. */
        boolean before(Copy o) {
            return compare(published, id, o.published, o.id) < 0;
        }
    }

    /**
     * The cluster name of each copy (ids must be distinct): connected components of "shares a band key and is the same
     * story", each named by its earliest-published copy. Linear in the copies times the size of their band buckets.
     */
    public static Map<String, String> clusters(Collection<Copy> copies) {
        Map<String, List<Copy>> buckets = new HashMap<>();
        for (Copy c : copies) {
            for (String k : c.fingerprint().bandKeys()) {
                buckets.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
            }
        }
        Map<String, String> names = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Copy start : copies) {
            if (!seen.add(start.id())) {
                continue;
            }
            List<Copy> component = new ArrayList<>(List.of(start));
            Deque<Copy> todo = new ArrayDeque<>(component);
            while (!todo.isEmpty()) {
                Copy m = todo.poll();
                for (String k : m.fingerprint().bandKeys()) {
                    for (Copy c : buckets.get(k)) {
                        if (!seen.contains(c.id()) && m.fingerprint().sameStory(c.fingerprint())) {
                            seen.add(c.id());
                            component.add(c);
                            todo.add(c);
                        }
                    }
                }
            }
            Copy name = start;
            for (Copy c : component) {
                name = c.before(name) ? c : name;
            }
            for (Copy c : component) {
                names.put(c.id(), name.id());
            }
        }
        return names;
    }
}
