package org.verbatim.bench.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The slow-body attack against a running {@code verbatim serve} (run it as a separate JVM, not in {@code verify}):
 * {@code SLOW} connections that announce a large body and send it one byte a second to {@code POST /api/extract} (with
 * {@code MIXED=mixed}, a third each to {@code POST /api/extract}, {@code POST /api/search} and {@code GET /health}),
 * each reopened as soon as the server closes it, while {@code CLIENTS} normal clients ask {@code /health} back to
 * back. Prints the normal clients'
 * requests, errors and latency percentiles, and how the server answered the slow connections; exit 0 when the normal
 * clients saw no error and {@code /health}'s p99 is under the bound.
 *
 * <pre>java -cp "verbatim-app/target/verbatim-app.jar:verbatim-app/target/lib/*" org.verbatim.serve.SlowBodyLoadTest \
 *     [URL=http://127.0.0.1:8080] [SLOW=300] [CLIENTS=50] [SECONDS=30] [P99_MS=500] [MIXED=extract|mixed]</pre>
 */
public final class SlowBodyLoadTest {
    /** One byte per slow connection this often. */
    static final long TRICKLE_MILLIS = 1_000;
    static final int ANNOUNCED_BYTES = 1_000_000;
    private static final String[] MIXED = {"POST /api/extract", "POST /api/search?q=bridge", "GET /health"};
    private static final String[] EXTRACT = {"POST /api/extract"};

    private SlowBodyLoadTest() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080");
        int slow = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        double bound = args.length > 4 ? Double.parseDouble(args[4]) : 500;
        String[] targets = args.length > 5 && args[5].equals("mixed") ? MIXED : EXTRACT;
        System.out.printf("%d slow-body connections (%s) and %d clients asking /health for %d s against %s%n", slow,
                String.join(", ", targets), clients, seconds, base);
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        Attack attack = new Attack(base, slow, deadline, targets);
        Thread attacker = new Thread(attack, "slow-bodies");
        attacker.start();
        Thread.sleep(2_000); // let the slow connections settle in before measuring
        LoadTest.Figures f = health(base, clients, deadline);
        attacker.join();
        System.out.printf(Locale.ROOT, "/health: requests %d, errors %d, %.0f req/s; latency ms: p50 %.1f, p95 %.1f, "
                + "p99 %.1f, max %.1f%n", f.requests(), f.errors(), f.perSecond(), f.p50(), f.p95(), f.p99(), f.max());
        System.out.printf("slow connections: opened %d, open at the end %d, bytes trickled %d; the server answered "
                + "them: %s%n", attack.opened.get(), attack.openAtEnd, attack.trickled.get(), attack.answers());
        boolean ok = f.errors() == 0 && f.p99() < bound;
        System.out.println(ok ? "PASS: no errors, /health p99 < " + bound + " ms"
                : "FAIL: errors or /health p99 >= " + bound + " ms");
        System.exit(ok ? 0 : 1);
    }

    /** Normal clients: /health back to back until the deadline. */
    static LoadTest.Figures health(URI base, int clients, long deadline) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong errors = new AtomicLong();
        long t0 = System.nanoTime();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                long[] lat = new long[1024];
                int n = 0;
                while (System.nanoTime() < deadline) {
                    long t = System.nanoTime();
                    try {
                        HttpRequest req = HttpRequest.newBuilder(base.resolve("/health"))
                                .timeout(Duration.ofSeconds(10)).GET().build();
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    }
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, 2 * n);
                    }
                    lat[n++] = System.nanoTime() - t;
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> fu : futures) {
            all.add(fu.get());
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long[] lat = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new LoadTest.Figures(lat.length, errors.get(), elapsed, LoadTest.pct(lat, 50), LoadTest.pct(lat, 95),
                LoadTest.pct(lat, 99), lat.length == 0 ? 0 : lat[lat.length - 1] / 1e6);
    }

    /** Keeps {@code count} slow connections open until the deadline, reopening each one the server closes. */
    static final class Attack implements Runnable {
        private final URI base;
        private final String[] targets;
        private final Socket[] sockets;
        private final long deadline;
        final AtomicLong opened = new AtomicLong();
        final AtomicLong trickled = new AtomicLong();
        private final Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
        int openAtEnd;

        Attack(URI base, int count, long deadline, String[] targets) {
            this.base = base;
            this.targets = targets;
            this.sockets = new Socket[count];
            this.deadline = deadline;
        }

        @Override
        public void run() {
            try {
                while (System.nanoTime() < deadline) {
                    long round = System.nanoTime();
                    for (int i = 0; i < sockets.length && System.nanoTime() < deadline; i++) {
                        tend(i);
                    }
                    long left = TRICKLE_MILLIS - (System.nanoTime() - round) / 1_000_000;
                    if (left > 0) {
                        Thread.sleep(left);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                for (Socket s : sockets) {
                    if (s != null && !s.isClosed()) {
                        openAtEnd++;
                        closeQuietly(s);
                    }
                }
            }
        }

        /** Opens slot {@code i}, or sends it one more byte; a closed or answered connection is counted and reopened. */
        private void tend(int i) {
            Socket s = sockets[i];
            try {
                if (s == null || s.isClosed()) {
                    sockets[i] = open(i);
                    return;
                }
                InputStream in = s.getInputStream();
                if (in.available() > 0) {
                    byte[] head = in.readNBytes(Math.min(in.available(), 12));
                    answers.computeIfAbsent(new String(head, StandardCharsets.ISO_8859_1).strip(),
                            k -> new AtomicLong()).incrementAndGet();
                    closeQuietly(s);
                    sockets[i] = null;
                    return;
                }
                OutputStream out = s.getOutputStream();
                out.write('x');
                out.flush();
                trickled.incrementAndGet();
            } catch (IOException e) {
                answers.computeIfAbsent("closed: " + e.getClass().getSimpleName(), k -> new AtomicLong())
                        .incrementAndGet();
                closeQuietly(s);
                sockets[i] = null;
            }
        }

        private Socket open(int i) throws IOException {
            Socket s = new Socket();
            s.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            String target = targets[i % targets.length];
            String req = target + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: text/plain\r\nContent-Length: " + ANNOUNCED_BYTES + "\r\n\r\nT";
            s.getOutputStream().write(req.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            opened.incrementAndGet();
            return s;
        }

        Map<String, Long> answers() {
            Map<String, Long> out = new TreeMap<>();
            answers.forEach((k, v) -> out.put(k, v.get()));
            return out;
        }

        private static void closeQuietly(Socket s) {
            try {
                s.close();
            } catch (IOException e) {
                // closing is all that is left to do
            }
        }
    }
}
