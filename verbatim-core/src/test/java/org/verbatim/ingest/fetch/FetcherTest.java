package org.verbatim.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FetcherTest {
    private LocalServer server;
    private final List<Long> sleeps = new CopyOnWriteArrayList<>();
    /** Records waits instead of sleeping, so politeness and backoff are checked without wall-clock timing. */
    private final Fetcher.Sleeper recorder = sleeps::add;
    private final FetchPolicy fast = FetchPolicy.defaults().withHostDelay(Duration.ZERO).withBackoff(Duration.ofMillis(100))
            .withTimeout(Duration.ofSeconds(5));

    @BeforeEach
    void start() throws Exception {
        server = new LocalServer()
                .page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private\nAllow: /private/ok\n\n"
                        + "User-agent: otherbot\nDisallow: /\n")
                .page("/a", "text/html; charset=utf-8", "<p>A</p>")
                .page("/private/x", "text/html", "<p>secret</p>")
                .page("/private/ok", "text/html", "<p>fine</p>");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void robotsTxtIsObeyedAndFetchedOncePerHost() throws Exception {
        Fetcher f = new Fetcher(fast, new Validators(), recorder);
        FetchResult a = f.fetch(server.url("/a"));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(new String(a.body(), StandardCharsets.UTF_8)).isEqualTo("<p>A</p>");
        assertThatThrownBy(() -> f.fetch(server.url("/private/x"))).isInstanceOf(FetchException.class)
                .hasMessageContaining("robots.txt").satisfies(e -> assertThat(((FetchException) e).disallowed()).isTrue());
        assertThat(f.fetch(server.url("/private/ok")).status()).isEqualTo(200);
        assertThat(server.hits("/robots.txt")).isEqualTo(1);
        assertThat(server.hits("/private/x")).isZero();
    }

    @Test
    void requestsToOneHostWaitForThePolitenessDelay() throws Exception {
        Fetcher f = new Fetcher(fast.withHostDelay(Duration.ofSeconds(30)), new Validators(), recorder);
        f.fetch(server.url("/a"));
        f.fetch(server.url("/private/ok"));
        // robots.txt, /a, /private/ok: each request gets the next 30 s slot. The recorder does not really sleep,
        // so the clock stands still and the waits are about 30 s and 60 s from the first request.
        assertThat(sleeps).hasSize(2);
        assertThat(sleeps.get(0)).isBetween(25_000L, 30_000L);
        assertThat(sleeps.get(1)).isBetween(55_000L, 60_000L);
    }

    @Test
    void serverErrorsAreRetriedWithExponentialBackoffAndRetryAfterIsHonoured() throws Exception {
        server.route("/flaky", (ex, n) -> LocalServer.send(ex, n <= 2 ? 503 : 200, "text/html", "<p>ok " + n + "</p>"));
        server.route("/busy", (ex, n) -> {
            if (n == 1) {
                ex.getResponseHeaders().set("Retry-After", "7");
            }
            LocalServer.send(ex, n == 1 ? 429 : 200, "text/html", "<p>later</p>");
        });
        Fetcher f = new Fetcher(fast, new Validators(), recorder);
        assertThat(new String(f.fetch(server.url("/flaky")).body(), StandardCharsets.UTF_8)).isEqualTo("<p>ok 3</p>");
        assertThat(sleeps).containsExactly(100L, 200L);
        sleeps.clear();
        assertThat(f.fetch(server.url("/busy")).status()).isEqualTo(200);
        assertThat(sleeps).containsExactly(7000L);
        server.route("/down", (ex, n) -> LocalServer.send(ex, 500, "text/plain", "down"));
        assertThatThrownBy(() -> f.fetch(server.url("/down"))).hasMessageContaining("HTTP 500");
        assertThat(server.hits("/down")).isEqualTo(3); // one try and two retries
    }

    @Test
    void slowServersTimeOutAndAreReportedAfterRetries() throws Exception {
        server.route("/slow", (ex, n) -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LocalServer.send(ex, 200, "text/html", "late");
        });
        Fetcher f = new Fetcher(fast.withTimeout(Duration.ofMillis(200)), new Validators(), recorder);
        f.fetch(server.url("/a")); // robots.txt first, with a fast answer
        assertThatThrownBy(() -> f.fetch(server.url("/slow"))).isInstanceOf(FetchException.class)
                .hasMessageContaining("after 3 attempts").hasMessageContaining("imed out");
    }

    @Test
    void redirectsAreFollowedAndCappedAndBodiesAreCapped() throws Exception {
        server.route("/old", (ex, n) -> {
            ex.getResponseHeaders().set("Location", "/a");
            LocalServer.send(ex, 301, null, "");
        });
        server.route("/loop", (ex, n) -> {
            ex.getResponseHeaders().set("Location", "/loop");
            LocalServer.send(ex, 302, null, "");
        });
        server.route("/to-private", (ex, n) -> {
            ex.getResponseHeaders().set("Location", "/private/x");
            LocalServer.send(ex, 302, null, "");
        });
        server.page("/big", "text/html", "x".repeat(50_000));
        Fetcher f = new Fetcher(fast.withMaxBytes(10_000), new Validators(), recorder);
        FetchResult r = f.fetch(server.url("/old"));
        assertThat(r.finalUrl()).isEqualTo(server.url("/a"));
        assertThat(r.url()).isEqualTo(server.url("/old"));
        assertThatThrownBy(() -> f.fetch(server.url("/loop"))).hasMessageContaining("redirects");
        assertThatThrownBy(() -> f.fetch(server.url("/to-private"))).hasMessageContaining("robots.txt");
        assertThatThrownBy(() -> f.fetch(server.url("/big"))).hasMessageContaining("10000-byte limit");
        assertThatThrownBy(() -> f.fetch(server.url("/nothing"))).hasMessageContaining("HTTP 404");
    }

    @Test
    void conditionalGetsGetNotModifiedForUnchangedDocuments() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        server.route("/feed", (ex, n) -> {
            String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
            seen.add(inm + "|" + ims);
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.getResponseHeaders().set("Last-Modified", "Thu, 06 Mar 2025 09:00:00 GMT");
            LocalServer.send(ex, "\"v1\"".equals(inm) ? 304 : 200, "application/rss+xml", "\"v1\"".equals(inm) ? "" : "<rss/>");
        });
        Validators v = new Validators();
        Fetcher f = new Fetcher(fast, v, recorder);
        assertThat(f.fetch(server.url("/feed")).notModified()).isFalse();
        FetchResult second = f.fetch(server.url("/feed"));
        assertThat(second.notModified()).isTrue();
        assertThat(second.body()).isEmpty();
        assertThat(seen).containsExactly("null|null", "\"v1\"|Thu, 06 Mar 2025 09:00:00 GMT");
    }

    @Test
    void validatorsSurviveInAFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("validators.tsv");
        Validators v = Validators.load(file);
        v.put("https://x.example/feed", "\"abc\"", null);
        v.save();
        assertThat(Validators.load(file).get("https://x.example/feed")).isEqualTo(new Validators.Entry("\"abc\"", null));
    }
}
