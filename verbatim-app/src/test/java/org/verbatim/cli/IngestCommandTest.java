package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static final String BRIDGE_1 = "The harbour bridge will close to all traffic from Monday for six weeks while "
            + "engineers replace corroded steel cables beneath the main span, the city council announced on Thursday.";
    static final String BRIDGE_2 = "Commuters have been told to expect long delays on the ring road and on the two ferry "
            + "routes that will carry extra passengers during the closure, while buses run every ten minutes.";
    static final String BRIDGE_3 = "\"We know this is painful for people who cross twice a day,\" said the head of "
            + "transport. \"But the inspection in March showed that the cables cannot wait another winter.\"";
    static final String FERRY = "Two ferry companies said on Friday that they would double their sailings across the "
            + "harbour while the bridge is shut for repairs, adding late evening boats for hospital staff.";
    static final String FERRY_2 = "Passenger groups welcomed the extra boats but warned that the piers lack shelter and "
            + "step-free access, and asked for ramps before the closure begins.";

    /** Response, resource, request, metadata, revisit records, a 404, an image and a truncated record. */
    private Path archive() throws Exception {
        Path warc = dir.resolve("test.warc.gz");
        try (TestArchive a = new TestArchive(warc)) {
            a.request("https://courier.example/bridge")
                    .response("https://courier.example/bridge", 200, "text/html; charset=utf-8",
                            TestArchive.page("Harbour bridge to close", BRIDGE_1, BRIDGE_2, BRIDGE_3))
                    .metadata("https://courier.example/bridge")
                    .response("https://wire.example/881", 200, "text/html",
                            TestArchive.page("Harbour bridge to close | Wire", "Sign up for our newsletter.",
                                    BRIDGE_1, BRIDGE_2, BRIDGE_3, "Most read: ten places to eat by the water."))
                    .response("https://courier.example/ferries", 200, "text/html",
                            TestArchive.page("Ferries add sailings as bridge shuts", FERRY, FERRY_2))
                    .revisit("https://courier.example/bridge")
                    .resource("file:///archive/notes.html", "text/html", TestArchive.page("Council notes",
                            "Minutes of the transport committee meeting held in the town hall on Tuesday evening."))
                    .response("https://courier.example/gone", 404, "text/html", TestArchive.page("Not found", "No."))
                    .response("https://courier.example/logo.png", 200, "image/png", "PNG")
                    .truncatedRecord("https://courier.example/cut");
        }
        return warc;
    }

    /** A forum thread: twelve posts with their authors and buttons. */
    static String forumThread() {
        StringBuilder posts = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            posts.append("<div class='post' id='post-").append(i).append("'><div class='author'><a href='/u/user")
                    .append(i).append("'>user").append(i).append("</a> Joined 2021 · 34 posts</div>")
                    .append("<div class='message'>Reply #").append(i).append(": I had the same problem with the ")
                    .append("router firmware. Try resetting it and then update again, it worked for me after two ")
                    .append("tries.</div><div class='actions'><button>Reply</button><button>Like</button></div></div>");
        }
        return "<html><head><title>Router keeps dropping connection - Forum</title><script type='application/ld+json'>"
                + "{\"@context\":\"https://schema.org\",\"@type\":\"DiscussionForumPosting\",\"headline\":"
                + "\"Router keeps dropping connection\"}</script></head><body><nav><a href='/'>"
                + "Forums</a></nav><h1>Router keeps dropping connection</h1><div class='thread'>" + posts
                + "</div><footer>© Forum</footer></body></html>";
    }

    @Test
    void pagesThatAreNotArticlesAreSkippedAndListedUnlessAllPagesAreAsked() throws Exception {
        String forumUrl = "https://forum.example.org/t/router-keeps-dropping-connection/4711";
        org.verbatim.model.Article forum = org.verbatim.Verbatim.extract(
                forumThread().getBytes(java.nio.charset.StandardCharsets.UTF_8), forumUrl);
        assertThat(forum.pageType()).as("the classifier's view of the thread").isEqualTo(
                org.verbatim.model.PageType.FORUM);
        Path pages = dir.resolve("pages.warc.gz");
        try (TestArchive a = new TestArchive(pages)) {
            a.response(forumUrl, 200, "text/html", forumThread())
                    .response("https://courier.example/bridge", 200, "text/html",
                            TestArchive.page("Harbour bridge to close", BRIDGE_1, BRIDGE_2, BRIDGE_3));
        }
        Path index = dir.resolve("idx");
        Path report = dir.resolve("report.json");
        CliRun run = CliRun.run("ingest", "--no-quotes", "--index", index.toString(), "--report", report.toString(),
                pages.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode r = JSON.readTree(report.toFile());
        assertThat(r.get("ok").asLong()).isEqualTo(1);
        assertThat(r.get("skipped").asLong()).isEqualTo(1);
        assertThat(r.get("skipped_reasons").get("not an article").asLong()).isEqualTo(1);
        List<String> skipped = Files.readAllLines(index.resolve("skipped.jsonl"));
        assertThat(skipped).hasSize(1);
        JsonNode line = JSON.readTree(skipped.get(0));
        assertThat(line.get("url").asText()).isEqualTo(forumUrl);
        assertThat(line.get("record").asText()).isNotEmpty();
        assertThat(line.get("page_type").asText()).isEqualTo("forum");
        assertThat(line.get("page_type_confidence").asDouble()).isGreaterThanOrEqualTo(0.5);

        Path all = dir.resolve("all");
        CliRun everything = CliRun.run("ingest", "--no-quotes", "--all-pages", "--index", all.toString(), "--report",
                report.toString(), pages.toString());
        assertThat(everything.exit()).as(everything.err()).isZero();
        JsonNode r2 = JSON.readTree(report.toFile());
        assertThat(r2.get("ok").asLong()).isEqualTo(2);
        assertThat(r2.get("skipped").asLong()).isZero();
        assertThat(Files.readAllLines(all.resolve("skipped.jsonl"))).isEmpty();
    }

    @Test
    void wetRecordsGetAPageTypeAndThoseThatAreNotArticlesAreSkipped() throws Exception {
        String forumUrl = "https://forum.example.org/t/router-keeps-dropping-connection/4711";
        String forumText = org.verbatim.extract.text.TextRenderer.render(forumThread());
        String storyText = org.verbatim.extract.text.TextRenderer.render(
                TestArchive.page("Harbour bridge to close", BRIDGE_1, BRIDGE_2, BRIDGE_3));
        org.verbatim.model.Article forum = org.verbatim.Verbatim.extractText(forumText, forumUrl);
        assertThat(forum.pageType()).as("the text classifier's view of the thread").isEqualTo(
                org.verbatim.model.PageType.FORUM);
        Path wet = dir.resolve("pages.warc.wet.gz");
        try (TestArchive a = new TestArchive(wet)) {
            a.conversion(forumUrl, forumText).conversion("https://courier.example/bridge", storyText);
        }
        Path index = dir.resolve("idx");
        Path report = dir.resolve("report.json");
        CliRun run = CliRun.run("ingest", "--no-quotes", "--index", index.toString(), "--report", report.toString(),
                wet.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode r = JSON.readTree(report.toFile());
        assertThat(r.get("ok").asLong()).isEqualTo(1);
        assertThat(r.get("skipped_reasons").get("not an article").asLong()).isEqualTo(1);
        JsonNode line = JSON.readTree(Files.readAllLines(index.resolve("skipped.jsonl")).get(0));
        assertThat(line.get("url").asText()).isEqualTo(forumUrl);
        assertThat(line.get("page_type").asText()).isEqualTo("forum");

        CliRun extract = CliRun.run("extract", "--format", "jsonl", wet.toString());
        assertThat(extract.exit()).as(extract.err()).isZero();
        List<JsonNode> articles = new java.util.ArrayList<>();
        for (String l : extract.out().strip().split("\n")) {
            articles.add(JSON.readTree(l));
        }
        assertThat(articles).extracting(a -> a.get("page_type").asText()).containsExactly("forum", "article");
        assertThat(articles.get(1).get("text").asText()).contains("corroded steel cables").doesNotContain("Harbour bridge to close");
    }

    @Test
    void anArchiveIsIngestedWithCountsThatAddUpRejectsAndClusters() throws Exception {
        Path warc = archive();
        Path index = dir.resolve("idx");
        Path report = dir.resolve("report.json");
        CliRun run = CliRun.run("ingest", "--index", index.toString(), "--report", report.toString(), warc.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(1); // the truncated record failed
        JsonNode r = JSON.readTree(report.toFile());
        assertThat(r.get("read").asLong()).isEqualTo(r.get("ok").asLong() + r.get("skipped").asLong()
                + r.get("failed").asLong());
        assertThat(r.get("ok").asLong()).isEqualTo(4);
        assertThat(r.get("failed").asLong()).isEqualTo(1);
        assertThat(r.get("skipped").asLong()).isEqualTo(5); // request, metadata, revisit, the 404 and the image
        assertThat(r.get("duplicates").asLong()).isZero();
        assertThat(r.get("articles").asLong()).isEqualTo(4);
        assertThat(r.get("clusters").asLong()).isEqualTo(3); // the wire copy joins the courier's story
        assertThat(r.has("seconds")).isTrue();
        List<String> rejects = Files.readAllLines(index.resolve("rejects.jsonl"));
        assertThat(rejects).hasSize(1);
        JsonNode reject = JSON.readTree(rejects.get(0));
        assertThat(reject.get("source").asText()).endsWith("test.warc.gz");
        assertThat(reject.get("record").asText()).startsWith("@");
        assertThat(reject.get("reason").asText()).contains("at byte").contains("truncated");
        assertThat(run.out()).contains("read 10: ok 4, skipped 5, failed 1");

        CliRun again = CliRun.run("ingest", "--index", index.toString(), "--report", report.toString(), warc.toString());
        JsonNode r2 = JSON.readTree(report.toFile());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(r2.get("duplicates").asLong()).isEqualTo(4);
        assertThat(r2.get("added").asLong()).isZero();
        assertThat(r2.get("articles").asLong()).isEqualTo(4);
    }

    @Test
    void searchShowsOneHitPerStoryWithCopiesAndExportWritesEveryArticle() throws Exception {
        Path index = dir.resolve("idx");
        CliRun.run("ingest", "--index", index.toString(), archive().toString());
        CliRun s = CliRun.run("search", "--index", index.toString(), "--format", "jsonl", "cables");
        assertThat(s.exit()).as(s.err()).isZero();
        List<String> lines = s.out().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode hit = JSON.readTree(lines.get(0));
        for (String key : List.of("id", "url", "title", "published", "site_name", "snippet", "score")) {
            assertThat(hit.has(key)).as(key).isTrue();
        }
        assertThat(hit.get("copies").asInt()).isEqualTo(2);
        assertThat(hit.get("snippet").asText()).contains("<b>cables</b>");

        CliRun text = CliRun.run("search", "--index", index.toString(), "\"ferry companies\" OR title:notes");
        assertThat(text.out()).contains("2 matching articles").contains("Ferries add sailings").contains("Council notes");
        assertThat(CliRun.run("search", "--index", index.toString(), "title:(").exit()).isEqualTo(2);
        assertThat(CliRun.run("search", "--index", dir.resolve("none").toString(), "x").exit()).isEqualTo(2);

        CliRun jsonl = CliRun.run("export", "--index", index.toString(), "--what", "articles", "--format", "jsonl");
        assertThat(jsonl.out().lines()).hasSize(4).allSatisfy(l -> {
            JsonNode a = JSON.readTree(l);
            assertThat(a.get("id").asText()).hasSize(32);
            StringBuilder blocks = new StringBuilder();
            a.get("blocks").forEach(b -> blocks.append(blocks.length() > 0 ? "\n\n" : "").append(b.get("text").asText()));
            assertThat(a.get("text").asText()).isNotEmpty().isEqualTo(blocks.toString());
        });
        CliRun csv = CliRun.run("export", "--index", index.toString(), "--format", "csv");
        assertThat(csv.out()).startsWith("id,cluster,url,");
        assertThat(csv.out()).contains("\"\"We know this is painful"); // quotes doubled inside a quoted field
        CliRun quotes = CliRun.run("export", "--index", index.toString(), "--what", "quotes");
        assertThat(quotes.exit()).isZero();
        assertThat(quotes.out().lines()).isNotEmpty()
                .allSatisfy(l -> assertThat(JSON.readTree(l).get("quote").asText()).isNotBlank());
    }

    @Test
    void aFeedUrlIsFetchedPageByPageAndAnUnchangedFeedIsNotFetchedAgain() throws Exception {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        java.util.Map<String, String> pages = java.util.Map.of(
                "/feed.xml", "<rss><channel><item><link>" + base + "/bridge</link></item>"
                        + "<item><link>" + base + "/ferries</link></item></channel></rss>",
                "/bridge", TestArchive.page("Harbour bridge to close", BRIDGE_1, BRIDGE_2),
                "/ferries", TestArchive.page("Ferries add sailings", FERRY, FERRY_2));
        server.createContext("/", ex -> {
            String body = pages.get(ex.getRequestURI().getPath());
            if (body == null) {
                ex.sendResponseHeaders(404, -1);
            } else if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
            } else {
                byte[] b = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("ETag", "\"v1\"");
                ex.getResponseHeaders().set("Content-Type", body.startsWith("<rss") ? "application/rss+xml" : "text/html");
                ex.sendResponseHeaders(200, b.length);
                ex.getResponseBody().write(b);
            }
            ex.close();
        });
        server.start();
        try {
            Path index = dir.resolve("idx");
            Path report = dir.resolve("r.json");
            CliRun first = CliRun.run("ingest", "--index", index.toString(), "--delay-ms", "0", "--report",
                    report.toString(), base + "/feed.xml");
            assertThat(first.exit()).as(first.err()).isZero();
            JsonNode r = JSON.readTree(report.toFile());
            assertThat(r.get("ok").asLong()).isEqualTo(2);
            assertThat(r.get("read").asLong()).isEqualTo(2);
            CliRun second = CliRun.run("ingest", "--index", index.toString(), "--delay-ms", "0", "--report",
                    report.toString(), base + "/feed.xml");
            assertThat(second.exit()).isZero();
            JsonNode r2 = JSON.readTree(report.toFile());
            assertThat(r2.get("skipped").asLong()).isEqualTo(1); // the feed itself: 304 Not Modified
            assertThat(r2.get("skipped_reasons").get("not modified since the last fetch").asLong()).isEqualTo(1);
            assertThat(r2.get("articles").asLong()).isEqualTo(2);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void quotesAndSpeakersAreIndexedWithTheirArticleAndReingestAddsNoQuote() throws Exception {
        Path warc = dir.resolve("quotes.warc.gz");
        try (TestArchive a = new TestArchive(warc)) {
            a.response("https://courier.example/bridge", 200, "text/html", TestArchive.page("Harbour bridge to close",
                    BRIDGE_1, "\u201cWe know this is painful for people who cross twice a day,\u201d said Mara Lindqvist, "
                            + "the council's head of transport.",
                    "\u201cThe inspection in March showed that the cables cannot wait another winter,\u201d Lindqvist added.",
                    BRIDGE_2));
        }
        Path index = dir.resolve("idx");
        assertThat(CliRun.run("ingest", "--index", index.toString(), warc.toString()).exit()).isZero();
        CliRun q = CliRun.run("quotes", "--index", index.toString(), "--speaker", "Lindqvist", "--format", "jsonl");
        assertThat(q.exit()).as(q.err()).isZero();
        List<JsonNode> quotes = new java.util.ArrayList<>();
        for (String l : q.out().lines().toList()) {
            quotes.add(JSON.readTree(l));
        }
        assertThat(quotes).isNotEmpty().allSatisfy(j -> {
            assertThat(j.get("speaker").asText()).contains("Lindqvist");
            assertThat(j.get("url").asText()).isEqualTo("https://courier.example/bridge");
        });
        assertThat(quotes).anySatisfy(j -> assertThat(j.get("quote").asText()).contains("painful"));
        CliRun about = CliRun.run("quotes", "--index", index.toString(), "--about", "cables winter", "--format", "jsonl");
        assertThat(about.out().lines()).singleElement().satisfies(l -> assertThat(l).contains("cannot wait"));
        CliRun speakers = CliRun.run("speakers", "--index", index.toString(), "--format", "jsonl");
        assertThat(speakers.out()).contains("Lindqvist");
        long exported = CliRun.run("export", "--index", index.toString(), "--what", "quotes").out().lines().count();
        assertThat(exported).isEqualTo(CliRun.run("quotes", "--index", index.toString(), "--limit", "1000",
                "--format", "jsonl").out().lines().count());

        CliRun.run("ingest", "--index", index.toString(), warc.toString());
        assertThat(CliRun.run("export", "--index", index.toString(), "--what", "quotes").out().lines()).hasSize((int) exported);
        assertThat(CliRun.run("export", "--index", index.toString(), "--what", "quotes", "--format", "csv").out())
                .startsWith("quote,speaker,");
    }
}
