package org.verbatim.bench.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load generator for a running {@code verbatim serve} (run it as a separate JVM): N clients, each sending searches
 * back to back (closed loop) for a fixed time after a warm-up, queries drawn with a seeded random from a word list
 * and sometimes a site or language filter. Prints requests, errors, throughput and latency percentiles; exit 0 when
 * there was no error and p99 is under the bound.
 *
 * <pre>java -cp "verbatim-app/target/verbatim-app.jar:verbatim-app/target/lib/*" org.verbatim.serve.LoadTest \
 *     [URL=http://127.0.0.1:8080] [CLIENTS=200] [SECONDS=30] [P99_MS=200]</pre>
 */
public final class LoadTest {
    /** Query words: common in news of both demo and real corpora, in English and German, plus phrases and misses. */
    static final List<String> WORDS = List.of("bridge", "council", "said", "water", "election", "minister",
            "government", "police", "court", "school", "bank", "price", "war", "president", "city", "report",
            "\"city council\"", "drought", "river", "traders", "Regierung", "Wahl", "sagte", "Polizei", "Stadt",
            "climate", "health", "market", "season", "trump", "ukraine", "energy", "budget", "nothingmatchesthis",
            "bridge AND council", "water OR drought", "club", "team", "film", "music");
    static final List<String> FILTERS = List.of("", "", "", "&lang=en", "&lang=de", "&from=2024-01-01");
    static final int WARMUP_SECONDS = 5;

    private LoadTest() {
    }

    /** What a run measured; latencies in milliseconds. */
    record Figures(long requests, long errors, double seconds, double p50, double p95, double p99, double max) {
        double perSecond() {
            return requests / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        double bound = args.length > 3 ? Double.parseDouble(args[3]) : 200;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        System.out.printf("warm-up %d s, then %d clients for %d s against %s%n", WARMUP_SECONDS, clients, seconds, base);
        run(http, base, clients, WARMUP_SECONDS, 1);
        Figures f = run(http, base, clients, seconds, 42);
        System.out.printf(Locale.ROOT, "requests %d, errors %d, %.0f req/s; latency ms: p50 %.1f, p95 %.1f, p99 %.1f, "
                + "max %.1f%n", f.requests(), f.errors(), f.perSecond(), f.p50(), f.p95(), f.p99(), f.max());
        boolean ok = f.errors() == 0 && f.p99() < bound;
        System.out.println(ok ? "PASS: no errors, p99 < " + bound + " ms" : "FAIL: errors or p99 >= " + bound + " ms");
        System.exit(ok ? 0 : 1);
    }

    static Figures run(HttpClient http, String base, int clients, int seconds, long seed) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        long deadline = t0 + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(seed * 1_000 + c);
            futures.add(pool.submit(() -> client(http, base, random, deadline, errors)));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            all.add(f.get());
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        long[] lat = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Figures(lat.length, errors.get(), elapsed, pct(lat, 50), pct(lat, 95), pct(lat, 99),
                lat.length == 0 ? 0 : lat[lat.length - 1] / 1e6);
    }

    /** Sends searches until the deadline; returns the latency of each, in nanoseconds. */
    private static long[] client(HttpClient http, String base, Random random, long deadline, AtomicLong errors) {
        long[] lat = new long[1024];
        int n = 0;
        while (System.nanoTime() < deadline) {
            String q = WORDS.get(random.nextInt(WORDS.size()));
            URI uri = URI.create(base + "/api/search?limit=10&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                    + FILTERS.get(random.nextInt(FILTERS.size())));
            long t = System.nanoTime();
            try {
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET()
                        .build(), HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200 || r.body().length == 0) {
                    errors.incrementAndGet();
                }
            } catch (IOException e) {
                errors.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (n == lat.length) {
                lat = Arrays.copyOf(lat, n * 2);
            }
            lat[n++] = System.nanoTime() - t;
        }
        return Arrays.copyOf(lat, n);
    }

    /** The p-th percentile (nearest rank) of sorted nanoseconds, in milliseconds. */
    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
