package org.verbatim.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every endpoint of the API over the demo corpus: answers, bad input (400 with a message) and unknown ids (404). */
class ApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static TestServer ts;

    @BeforeAll
    static void start() throws IOException {
        ts = new TestServer();
    }

    @AfterAll
    static void stop() throws IOException {
        ts.close();
    }

    record Res(int status, String type, String body, HttpResponse<String> raw) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    static Res get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(ts.base + path)).GET().build());
    }

    static Res post(String path, String type, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(ts.base + path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        return send(b.build());
    }

    static Res send(HttpRequest r) throws IOException, InterruptedException {
        HttpResponse<String> res = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
        return new Res(res.statusCode(), res.headers().firstValue("Content-Type").orElse(""), res.body(), res);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A problem document with this status and a detail mentioning {@code word}. */
    static void assertProblem(Res r, int status, String word) throws IOException {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.type()).startsWith("application/problem+json");
        JsonNode p = r.json();
        assertThat(p.path("status").asInt()).isEqualTo(status);
        assertThat(p.path("title").asText()).isNotBlank();
        assertThat(p.path("detail").asText()).containsIgnoringCase(word);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void healthCountsTheCorpus() throws Exception {
        JsonNode h = get("/health").json();
        assertThat(h.path("status").asText()).isEqualTo("ok");
        assertThat(h.path("articles").asInt()).isEqualTo(16);
        assertThat(h.path("quotes").asInt()).isGreaterThan(50);
    }

    @Test
    void searchHasHitsSnippetSpansAndFacets() throws Exception {
        Res r = get("/api/search?q=bridge&limit=5");
        assertThat(r.status()).isEqualTo(200);
        JsonNode j = r.json();
        assertThat(j.path("total").asInt()).isGreaterThan(3);
        assertThat(j.path("hits")).hasSizeBetween(1, 5);
        JsonNode hit = j.path("hits").get(0);
        for (String k : List.of("id", "url", "title", "published", "site_name", "copies")) {
            assertThat(hit.has(k)).as(k).isTrue();
        }
        List<String> marked = new ArrayList<>();
        hit.path("snippet").forEach(s -> {
            if (s.path("hit").asBoolean()) {
                marked.add(s.path("text").asText().toLowerCase());
            }
        });
        assertThat(marked).isNotEmpty().allMatch(t -> t.startsWith("bridge"));
        assertThat(j.path("facets").path("site")).isNotEmpty();
        assertThat(j.path("facets").path("lang").findValuesAsText("value")).contains("en");
    }

    @Test
    void searchCollapsesTheSyndicatedCopy() throws Exception {
        JsonNode j = get("/api/search?q=" + enc("drought") + "&limit=20").json();
        long withCopies = 0;
        for (JsonNode h : j.path("hits")) {
            withCopies += h.path("copies").asInt() > 1 ? 1 : 0;
        }
        assertThat(withCopies).as(j.toString()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void searchFiltersAndPages() throws Exception {
        JsonNode de = get("/api/search?lang=de&limit=20").json();
        assertThat(de.path("hits")).isNotEmpty();
        de.path("hits").forEach(h -> assertThat(h.path("lang").asText()).isEqualTo("de"));
        JsonNode first = get("/api/search?limit=2").json();
        JsonNode second = get("/api/search?limit=2&offset=2").json();
        assertThat(second.path("hits").get(0).path("id").asText())
                .isNotIn(first.path("hits").findValuesAsText("id"));
        JsonNode none = get("/api/search?from=2030-01-01").json();
        assertThat(none.path("total").asInt()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/search?q=%28bridge|query",
        "/api/search?limit=0|limit",
        "/api/search?limit=abc|limit",
        "/api/search?offset=-1|offset",
        "/api/search?from=yesterday|from",
        "/api/quotes?limit=100000|limit",
        "/api/quotes?to=2025-02-30|to",
        "/api/speakers?limit=x|limit",
        "/api/entities?limit=0|limit"})
    void badParametersAre400WithAMessage(String path, String word) throws Exception {
        assertProblem(get(path), 400, word);
    }

    @Test
    void articleHasQuotesSpeakersEntitiesAndSegments() throws Exception {
        String id = get("/api/search?q=" + enc("Kestrel Bridge") + "&limit=1").json().path("hits").get(0)
                .path("id").asText();
        JsonNode a = get("/api/articles/" + id).json();
        assertThat(a.path("id").asText()).isEqualTo(id);
        assertThat(a.path("title").asText()).isNotBlank();
        assertThat(a.path("quotes")).isNotEmpty();
        assertThat(a.path("speakers")).isNotEmpty();
        assertThat(a.path("entities")).isNotEmpty();
        assertThat(a.path("segments")).hasSameSizeAs(a.path("blocks"));
        for (int i = 0; i < a.path("blocks").size(); i++) {
            StringBuilder sb = new StringBuilder();
            a.path("segments").get(i).forEach(s -> sb.append(s.path("text").asText()));
            assertThat(sb.toString()).isEqualTo(a.path("blocks").get(i).path("text").asText());
        }
        assertThat(a.path("segments").findValues("quote")).isNotEmpty();
    }

    @Test
    void unknownIdsAre404() throws Exception {
        assertProblem(get("/api/articles/0000000000"), 404, "0000000000");
        assertProblem(get("/api/speakers/nobody-at-all"), 404, "nobody-at-all");
        assertProblem(get("/api/nothing-here"), 404, "/api/nothing-here");
    }

    @Test
    void quotesFilterBySpeakerWordsAndDates() throws Exception {
        JsonNode sp = get("/api/speakers?limit=1").json().path("speakers").get(0);
        String id = sp.path("id").asText();
        JsonNode q = get("/api/quotes?speaker=" + enc(id) + "&limit=1000").json();
        assertThat(q.path("total").asInt()).isEqualTo(sp.path("quotes").asInt());
        q.path("quotes").forEach(x -> assertThat(x.path("speaker").path("id").asText()).isEqualTo(id));
        JsonNode words = get("/api/quotes?q=bridge").json();
        assertThat(words.path("quotes")).isNotEmpty();
        words.path("quotes").forEach(x -> assertThat(x.path("text").asText().toLowerCase()).contains("bridge"));
        JsonNode march = get("/api/quotes?from=2025-03&to=2025-03&limit=1000").json();
        march.path("quotes").forEach(x -> assertThat(x.path("date").asText()).startsWith("2025-03"));
        assertThat(get("/api/quotes?limit=1").json().path("quotes")).hasSize(1);
    }

    @Test
    void speakerHasAllQuotesAndMonthlyCounts() throws Exception {
        JsonNode list = get("/api/speakers").json();
        assertThat(list.path("total").asInt()).isGreaterThan(5);
        JsonNode top = list.path("speakers").get(0);
        JsonNode s = get("/api/speakers/" + enc(top.path("id").asText())).json();
        assertThat(s.path("speaker").path("name").asText()).isEqualTo(top.path("name").asText());
        assertThat(s.path("quotes")).hasSize(top.path("quotes").asInt());
        int sum = 0;
        for (JsonNode m : s.path("per_month")) {
            assertThat(m.path("month").asText()).matches("\\d{4}-\\d{2}");
            sum += m.path("count").asInt();
        }
        assertThat(sum).isPositive().isLessThanOrEqualTo(s.path("quotes").size());
    }

    @Test
    void entitiesMatchTheQuery() throws Exception {
        JsonNode all = get("/api/entities").json();
        assertThat(all.path("total").asInt()).isGreaterThan(3);
        String name = all.path("entities").get(0).path("name").asText();
        String part = name.substring(0, Math.min(4, name.length())).toLowerCase();
        JsonNode some = get("/api/entities?q=" + enc(part)).json();
        assertThat(some.path("entities")).isNotEmpty();
        some.path("entities").forEach(e -> assertThat(e.path("name").asText().toLowerCase()).contains(part));
        assertProblem(get("/api/entities?q=" + "x".repeat(201)), 400, "200");
    }

    @Test
    void extractHtmlAndText() throws Exception {
        String html = "<html><head><title>Bridge shut</title></head><body><article><h1>Bridge shut</h1>"
                + "<p>“We had no choice at all, given the state of the girders,” said Mayor John Smith on Monday.</p>"
                + "<p>Traders said they would lose money while the bridge stays closed for repairs this summer.</p>"
                + "</article></body></html>";
        JsonNode a = post("/api/extract?url=" + enc("https://news.example/a"), "text/html; charset=utf-8", html).json();
        assertThat(a.path("title").asText()).isEqualTo("Bridge shut");
        assertThat(a.path("url").asText()).isEqualTo("https://news.example/a");
        assertThat(a.path("quotes").findValuesAsText("text")).anyMatch(t -> t.contains("We had no choice"));
        JsonNode t = post("/api/extract", "text/plain", "Bridge shut\n\n“We had no choice,” said John Smith, the "
                + "mayor, on Monday. Traders said they would lose money.").json();
        assertThat(t.path("blocks")).isNotEmpty();
        assertThat(t.path("speakers").findValuesAsText("name")).contains("John Smith");
    }

    /**
     * Announces a body one byte over the limit and sends none: the server must refuse from the header alone (a
     * client streaming the whole body could see the connection reset before it reads the answer).
     */
    static String oversized() throws IOException {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", ts.server.port())) {
            s.setSoTimeout(10_000);
            String req = "POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: " + (Api.MAX_BODY_BYTES + 1) + "\r\nConnection: close\r\n\r\n";
            s.getOutputStream().write(req.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void extractFetchesAPastedUrl() throws Exception {
        com.sun.net.httpserver.HttpServer site = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = ("<html><head><title>Ferry returns</title></head><body><article><h1>Ferry returns</h1>"
                + "<p>“It is a good day for the island and for everyone who lives on it,” said Harbour Master Ola "
                + "Berg on Friday, as the first ferry in a month came in.</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        site.createContext("/news/ferry", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, page.length);
            ex.getResponseBody().write(page);
            ex.close();
        });
        site.start();
        // the site is on loopback: a server that fetches, private addresses included (--allow-private-fetch)
        try (WebServer fetching = ts.another(true, true, 2, 4)) {
            String base = "http://127.0.0.1:" + fetching.port();
            String url = "http://127.0.0.1:" + site.getAddress().getPort() + "/news/ferry";
            JsonNode a = send(HttpRequest.newBuilder(URI.create(base + "/api/extract?url=" + enc(url)))
                    .POST(HttpRequest.BodyPublishers.noBody()).build()).json();
            assertThat(a.path("title").asText()).isEqualTo("Ferry returns");
            assertThat(a.path("url").asText()).isEqualTo(url);
            assertThat(a.path("quotes")).isNotEmpty();
            assertProblem(send(HttpRequest.newBuilder(URI.create(base + "/api/extract?url="
                    + enc(url.replace("/news/ferry", "/missing")))).POST(HttpRequest.BodyPublishers.noBody())
                    .build()), 502, "404");
        } finally {
            site.stop(0);
        }
    }

    @Test
    void extractRejectsBadInput() throws Exception {
        assertProblem(post("/api/extract", "application/json", "{}"), 415, "text/html");
        assertProblem(post("/api/extract", "text/plain", ""), 400, "url");
        assertProblem(post("/api/extract?url=" + enc("file:///etc/passwd"), "text/plain", ""), 400, "http");
        assertThat(oversized()).startsWith("HTTP/1.1 413").contains("application/problem+json").contains("bytes");
        assertProblem(post("/api/extract", "text/plain; charset=klingon", "hello"), 400, "charset");
        assertProblem(get("/api/extract"), 405, "GET");
    }

    @Test
    void openApiDescribesEveryEndpoint() throws Exception {
        JsonNode o = get("/api/openapi.json").json();
        assertThat(o.path("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        o.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/search", "/api/articles/{id}", "/api/quotes", "/api/speakers",
                "/api/speakers/{id}", "/api/entities", "/api/extract", "/api/openapi.json", "/health");
        for (var e : Api.PARAMETERS.entrySet()) {
            JsonNode op = o.path("paths").path(e.getKey()).elements().next();
            assertThat(op.path("parameters").findValuesAsText("name")).as(e.getKey()).containsAll(e.getValue());
        }
    }

    @Test
    void securityHeadersAndNoCors() throws Exception {
        for (String path : List.of("/", "/static/app.js", "/api/search?q=bridge", "/api/articles/none")) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(ts.base + path))
                    .header("Origin", "https://evil.example").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                    v -> assertThat(v).contains("script-src 'self'").doesNotContain("unsafe-inline"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void pagesAndAssetsComeOnlyFromTheAllowList() throws Exception {
        Res page = get("/articles/anything");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.type()).startsWith("text/html");
        assertThat(page.body()).contains("/static/app.js").doesNotContain("<script>");
        assertThat(get("/static/app.css").type()).startsWith("text/css");
        for (String p : List.of("/static/../../pom.xml", "/static/%2e%2e/%2e%2e/pom.xml", "/static/index.html",
                "/org/verbatim/serve/web/app.js", "/static/App.js", "/WEB-INF/web.xml")) {
            Res r = get(p);
            assertThat(r.status()).as(p).isIn(400, 404);
            assertThat(r.body()).as(p).doesNotContain("<project").doesNotContain("use strict");
        }
    }
}
