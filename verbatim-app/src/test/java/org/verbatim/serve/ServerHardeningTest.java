package org.verbatim.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.serve.ApiTest.JSON;
import static org.verbatim.serve.ApiTest.assertProblem;
import static org.verbatim.serve.ApiTest.enc;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.model.Page;

/**
 * The server failures, each reproduced: the quote-dense page as a cheap denial of service, slow bodies,
 * server-side request forgery and DNS rebinding, cross-origin POSTs, queries Lucene refuses, Jetty's own error pages
 * without CSP, and page-derived {@code javascript:} URLs. Pages are generated here.
 */
class ServerHardeningTest {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static TestServer ts;

    @BeforeAll
    static void start() throws IOException {
        ts = new TestServer();
    }

    @AfterAll
    static void stop() throws IOException {
        ts.close();
    }

    @Test
    void aServerClosedWhileItReadsItsQuoteStoreStopsTheReaderBeforeClosingTheIndex() throws IOException {
        // unmapping the index's files under a running read crashes the JVM (SIGSEGV in Lucene's LZ4 decompress)
        for (int i = 0; i < 10; i++) {
            WebServer s = ts.another(false, false, 1, 1);
            s.close();
            assertThat(Thread.getAllStackTraces().keySet()).as("round " + i)
                    .noneMatch(t -> t.getName().equals("verbatim-quote-store") && t.isAlive());
        }
    }

    @Test
    void stoppingTheLoaderWaitsForItsBuildToEnd() throws IOException {
        java.util.concurrent.atomic.AtomicBoolean ended = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
        QuoteStoreLoader loader = new QuoteStoreLoader();
        loader.start(stop -> {
            reading.countDown();
            while (!stop.getAsBoolean()) {
                Thread.onSpinWait();
            }
            try {
                Thread.sleep(200); // the rest of the article being read when asked to stop
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ended.set(true);
            throw new java.util.concurrent.CancellationException("stopped");
        });
        try {
            reading.await();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        loader.stop();
        assertThat(ended).as("stop() returns only once the build has ended").isTrue();
        assertThat(loader.store()).isCompletedExceptionally();
    }

    @Test
    void aQuoteStoreBuildAskedToStopStopsAtTheNextArticle() throws IOException {
        try (org.verbatim.index.ArticleSearch search = org.verbatim.index.ArticleSearch.open(ts.dir.resolve("index"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> QuoteStore.build(search, () -> true))
                    .isInstanceOf(java.util.concurrent.CancellationException.class)
                    .hasMessageContaining("stopped after 0 articles");
            assertThat(QuoteStore.build(search, () -> false).articleCount()).isGreaterThan(10);
        }
    }

    static ApiTest.Res send(String base, HttpRequest.Builder b) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(b.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new ApiTest.Res(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
    }

    static HttpRequest.Builder post(String base, String pathAndQuery, String type, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return type == null ? b : b.header("Content-Type", type);
    }

    /** Sends raw bytes on a fresh connection and returns the whole answer (the server closes it). */
    static String raw(int port, String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** The page: 25,000 short quotes of "the minister" (1.9 MB, under the 2 MB body limit). */
    static String quoteDensePage() {
        StringBuilder sb = new StringBuilder("<html><head><title>The minister speaks</title></head><body><article>"
                + "<h1>The minister speaks</h1>");
        for (int i = 0; i < 25_000; i++) {
            sb.append("<p>\"We will not back down on item ").append(i).append(",\" the minister said on Monday.</p>");
        }
        return sb.append("</article></body></html>").toString();
    }

    // ---- work budgets and bounded work -----------------------------------------------------------------------

    @Test
    void theQuoteDensePageIsRefusedWithItsBudgetNotComputedForSeconds() throws Exception {
        String page = quoteDensePage();
        assertThat(page.getBytes(StandardCharsets.UTF_8).length).isLessThan(Api.MAX_BODY_BYTES);
        ApiTest.Res r = send(ts.base, post(ts.base, "/api/extract", "text/html; charset=utf-8", page));
        assertProblem(r, 422, "over the work budget");
        assertThat(r.json().path("detail").asText()).contains("budget: annotated the first ");
        JsonNode health = JSON.readTree(send(ts.base, HttpRequest.newBuilder(URI.create(ts.base + "/health")))
                .body());
        assertThat(health.path("extract_timeouts").asLong()).isZero();
    }

    @Test
    void extractionsBeyondTheBoundGet503WithRetryAfterAndSlowBodiesAre408() throws Exception {
        try (WebServer one = ts.another(false, false, 1, 0)) {
            // a client that announces a body and sends it a byte at a time holds the only place (when a normal
            // request took the place first, the slow one was refused and is opened again)
            String base = "http://127.0.0.1:" + one.port();
            Socket slow = null;
            ApiTest.Res busy = null;
            try {
                for (int i = 0; i < 100 && (busy == null || busy.status() != 503); i++) {
                    try {
                        if (slow == null) {
                            slow = slowRequest(one.port());
                        }
                        slow.getOutputStream().write('x');
                        slow.getOutputStream().flush();
                    } catch (IOException e) {
                        slow.close();
                        slow = null;
                        continue;
                    }
                    busy = send(base, post(base, "/api/extract", "text/plain", "A short text."));
                    Thread.sleep(40);
                }
                assertProblem(busy, 503, "too many extractions");
                assertThat(busy.raw().headers().firstValue("Retry-After")).hasValue("2");
                assertThat(send(base, HttpRequest.newBuilder(URI.create(base + "/health"))).status()).isEqualTo(200);
                OutputStream out = slow.getOutputStream();
                try {
                    for (int i = 0; i < 12; i++) { // keep trickling: under the minimum rate once the grace is over
                        out.write('x');
                        out.flush();
                        Thread.sleep(400);
                    }
                } catch (IOException e) {
                    // the server answered and closed the connection: what it answered is read below
                }
                String answer = new String(slow.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
                assertThat(answer).isEqualTo("HTTP/1.1 408");
            } finally {
                if (slow != null) {
                    slow.close();
                }
            }
        }
    }

    /** A request to extract that announces a body of 1,000 bytes and sends none yet. */
    private static Socket slowRequest(int port) throws IOException {
        Socket s = new Socket("127.0.0.1", port);
        s.setSoTimeout(30_000);
        s.getOutputStream().write(("POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                + "Content-Length: 1000\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        s.getOutputStream().flush();
        return s;
    }

    /**
     * The 300 connections that send their bodies slowly: each held a request thread while /health timed out.
     * Now all but the admitted few are refused at once, and /health answers.
     */
    @Test
    void threeHundredSlowBodiesLeaveHealthAnswering() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                Socket s = new Socket("127.0.0.1", ts.server.port());
                s.setSoTimeout(30_000);
                s.getOutputStream().write(("POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain"
                        + "\r\nContent-Length: 100000\r\n\r\nThe council").getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                slow.add(s);
            }
            for (int i = 0; i < 50; i++) {
                HttpResponse<String> h = HTTP.send(HttpRequest.newBuilder(URI.create(ts.base + "/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(h.statusCode()).isEqualTo(200);
            }
            int refused = 0;
            for (Socket s : slow) {
                s.setSoTimeout(200); // a refusal was sent long ago; an admitted one is still waiting for its body
                try {
                    refused += new String(s.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1)
                            .equals("HTTP/1.1 503") ? 1 : 0;
                } catch (java.net.SocketTimeoutException e) {
                    // held by the gate: one of the admitted few
                }
            }
            int places = 3 * Runtime.getRuntime().availableProcessors(); // running + waiting, as the server counts
            assertThat(refused).isGreaterThanOrEqualTo(300 - places);
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    // ---- no SSRF, no rebinding, no cross-origin work ---------------------------------------------------------

    /** A local site serving a secret page. */
    private static HttpServer site(String address) throws IOException {
        HttpServer site = HttpServer.create(new InetSocketAddress(address, 0), 0);
        byte[] secret = ("<html><head><title>Secret</title></head><body><p>the admin password is hunter2</p></body>"
                + "</html>").getBytes(StandardCharsets.UTF_8);
        site.createContext("/secret.html", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, secret.length);
            ex.getResponseBody().write(secret);
            ex.close();
        });
        site.start();
        return site;
    }

    @Test
    void urlFetchingIsOffByDefault() throws Exception {
        HttpServer site = site("127.0.0.1");
        try {
            String url = "http://127.0.0.1:" + site.getAddress().getPort() + "/secret.html";
            ApiTest.Res r = send(ts.base, post(ts.base, "/api/extract?url=" + enc(url), null, ""));
            assertProblem(r, 403, "--allow-fetch");
            assertThat(r.body()).doesNotContain("hunter2");
        } finally {
            site.stop(0);
        }
    }

    @Test
    void withFetchOnLoopbackAndPrivateAddressesAreStillRefused() throws Exception {
        HttpServer site = site("127.0.0.1");
        try (WebServer fetching = ts.another(true, false, 2, 4)) {
            String base = "http://127.0.0.1:" + fetching.port();
            int port = site.getAddress().getPort();
            for (String url : List.of("http://127.0.0.1:" + port + "/secret.html", "http://localhost:" + port
                    + "/secret.html", "http://[::1]:" + port + "/secret.html", "http://10.0.0.1/",
                    "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0:" + port + "/secret.html")) {
                ApiTest.Res r = send(base, post(base, "/api/extract?url=" + enc(url), null, ""));
                assertProblem(r, 403, "public addresses only");
                assertThat(r.body()).doesNotContain("hunter2");
            }
        } finally {
            site.stop(0);
        }
    }

    @Test
    void everyRedirectIsCheckedToo() throws Exception {
        HttpServer inner = site("127.0.0.2");
        HttpServer outer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String secret = "http://127.0.0.2:" + inner.getAddress().getPort() + "/secret.html";
        outer.createContext("/story", ex -> {
            ex.getResponseHeaders().add("Location", secret);
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        outer.start();
        // 127.0.0.1 stands for a public address here: the policy refuses everything else that AddressPolicy does
        Function<InetAddress, String> policy = a -> a.getHostAddress().equals("127.0.0.1") ? null
                : AddressPolicy.refusal(a);
        try (GuardedFetch f = new GuardedFetch(policy, 1 << 20)) {
            GuardedFetch.FetchError e = org.junit.jupiter.api.Assertions.assertThrows(GuardedFetch.FetchError.class,
                    () -> f.fetch("http://127.0.0.1:" + outer.getAddress().getPort() + "/story"));
            assertThat(e.refused).isTrue();
            assertThat(e.getMessage()).contains("127.0.0.2").contains("loopback");
            Page direct = new GuardedFetch(a -> null, 1 << 20).fetch(secret); // allowed when private is allowed
            assertThat(new String(direct.content(), StandardCharsets.UTF_8)).contains("hunter2");
        } finally {
            outer.stop(0);
            inner.stop(0);
        }
    }

    @Test
    void theAddressPolicyRefusesEveryNonPublicRange() throws Exception {
        for (String a : List.of("127.0.0.1", "127.9.9.9", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
                "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1",
                "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "2002:c0a8:0101::1")) {
            assertThat(AddressPolicy.refusal(InetAddress.getByName(a))).as(a).isNotNull();
        }
        for (String a : List.of("8.8.8.8", "93.184.216.34", "172.32.0.1", "2606:4700:4700::1111")) {
            assertThat(AddressPolicy.refusal(InetAddress.getByName(a))).as(a).isNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:80", "127.0.0.1.nip.io", "0x7f000001"})
    void aForeignHostHeaderIs421(String host) throws Exception {
        String answer = raw(ts.server.port(), "GET /api/search?q=bridge HTTP/1.1\r\nHost: " + host
                + "\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 421").contains("application/problem+json")
                .contains("Content-Security-Policy").doesNotContain("\"hits\"");
    }

    @Test
    void theServersOwnNamesAreAnswered() throws Exception {
        for (String host : List.of("127.0.0.1:" + ts.server.port(), "localhost:" + ts.server.port(), "LOCALHOST")) {
            assertThat(raw(ts.server.port(), "GET /health HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n"))
                    .as(host).startsWith("HTTP/1.1 200");
        }
        HostCheck any = HostCheck.of("0.0.0.0", List.of("news-desk.lan"));
        assertThat(any.allows("127.0.0.1:8080")).isTrue();
        assertThat(any.allows("[::1]:8080")).isTrue();
        assertThat(any.allows("news-desk.lan")).isTrue();
        assertThat(any.allows("evil.example")).isFalse();
        HostCheck loopback = HostCheck.of("127.0.0.1", List.of());
        assertThat(loopback.allows("192.168.1.20")).isFalse();
        assertThat(loopback.allows(null)).isTrue();
    }

    @Test
    void postsFromOtherOriginsAre403() throws Exception {
        String own = "http://127.0.0.1:" + ts.server.port();
        String body = "Bridge shut\n\n\u201cWe had no choice,\u201d said John Smith, the mayor, on Monday.";
        assertProblem(send(ts.base, post(ts.base, "/api/extract", "text/plain", body)
                .header("Origin", "https://evil.example")), 403, "other origins");
        assertProblem(send(ts.base, post(ts.base, "/api/extract", "text/plain", body)
                .header("Origin", "null")), 403, "other origins");
        assertProblem(send(ts.base, post(ts.base, "/api/extract", "text/plain", body)
                .header("Sec-Fetch-Site", "cross-site")), 403, "other sites");
        assertProblem(send(ts.base, post(ts.base, "/api/extract", "text/plain", body)
                .header("Sec-Fetch-Site", "same-site")), 403, "other sites");
        assertThat(send(ts.base, post(ts.base, "/api/extract", "text/plain", body).header("Origin", own)
                .header("Sec-Fetch-Site", "same-origin")).status()).isEqualTo(200);
        assertThat(send(ts.base, post(ts.base, "/api/extract", "text/plain", body)).status()).isEqualTo(200);
        ApiTest.Res get = send(ts.base, HttpRequest.newBuilder(URI.create(ts.base + "/health"))
                .header("Origin", "https://evil.example"));
        assertThat(get.status()).isEqualTo(200); // reading is guarded by the absence of CORS headers
        assertThat(get.raw().headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    // ---- queries, error pages, URLs ------------------------------------------------------------------------

    @Test
    void queriesLuceneRefusesAre400() throws Exception {
        StringBuilder thousand = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            thousand.append("word").append(i).append(' ');
        }
        StringBuilder fuzzy = new StringBuilder(); // 14 short fuzzy words: each expands to many terms per field
        for (char c = 'a'; c < 'a' + 14; c++) {
            fuzzy.append(c).append("e~2 ");
        }
        for (String q : List.of("/.{1,1000}{1,1000}/", thousand.toString().strip(), fuzzy.toString().strip())) {
            ApiTest.Res r = send(ts.base, HttpRequest.newBuilder(URI.create(ts.base + "/api/search?q=" + enc(q))));
            assertThat(r.status()).as(q.substring(0, Math.min(40, q.length()))).isEqualTo(400);
            assertProblem(r, 400, "the query is too complex to run");
        }
    }

    @Test
    void jettysOwnErrorPagesCarryTheSecurityHeaders() throws Exception {
        String tooLong = raw(ts.server.port(), "GET /" + "a".repeat(40_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n\r\n");
        String malformed = raw(ts.server.port(), "GARBAGE\r\n\r\n");
        String bigHeader = raw(ts.server.port(), "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
                + "b".repeat(40_000) + "\r\nConnection: close\r\n\r\n");
        for (String answer : List.of(tooLong, malformed, bigHeader)) {
            assertThat(answer).matches("(?s)HTTP/1\\.1 4\\d\\d .*")
                    .contains("Content-Security-Policy: " + WebServer.CSP)
                    .contains("X-Content-Type-Options: nosniff");
        }
        assertThat(tooLong).startsWith("HTTP/1.1 414");
        assertThat(malformed).startsWith("HTTP/1.1 400");
        assertThat(bigHeader).startsWith("HTTP/1.1 431");
    }

    @Test
    void pageDerivedUrlsInTheApiAreHttpOnly() throws Exception {
        String html = "<html><head><title>Bridge shut</title><link rel=\"canonical\" href=\"javascript:alert(1)\">"
                + "<meta property=\"og:image\" content=\"javascript:alert(2)\"></head><body><article><h1>Bridge shut"
                + "</h1><p>\u201cWe had no choice at all, given the state of the girders,\u201d said Mayor John Smith on"
                + " Monday.</p></article></body></html>";
        JsonNode a = send(ts.base, post(ts.base, "/api/extract?url=" + enc("https://news.example/a"),
                "text/html; charset=utf-8", html)).json();
        assertThat(a.path("title").asText()).isEqualTo("Bridge shut");
        assertThat(a.get("canonical_url").isNull()).isTrue();
        assertThat(a.get("image").isNull() || a.path("image").path("url").asText().startsWith("http")).isTrue();
        assertThat(a.path("url").asText()).isEqualTo("https://news.example/a");

        JsonNode hits = JSON.readTree(send(ts.base, HttpRequest.newBuilder(URI.create(ts.base
                + "/api/search?q=" + enc("Payload") + "&limit=5"))).body());
        String id = hits.path("hits").get(0).path("id").asText();
        JsonNode stored = JSON.readTree(send(ts.base, HttpRequest.newBuilder(URI.create(ts.base + "/api/articles/"
                + id))).body());
        assertThat(stored.toString()).doesNotContain("javascript:window.__pwned='canonical'");
        for (String key : List.of("url", "canonical_url")) {
            assertThat(stored.path(key).isNull() || stored.path(key).asText().startsWith("http")).as(key).isTrue();
        }
    }
}
