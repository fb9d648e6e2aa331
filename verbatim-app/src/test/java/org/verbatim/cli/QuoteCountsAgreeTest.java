package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.serve.DemoIndex;
import org.verbatim.serve.WebServer;
import picocli.CommandLine;

/**
 * The web app and the CLI read one store: on the demo corpus, {@code /api/quotes}, {@code /api/speakers},
 * {@code verbatim quotes} and {@code verbatim export --what quotes} count the same quotes, because the server serves
 * the annotation ingest stored instead of annotating again. The same on real corpora when ../shared is present: the
 * fundus pages and an index the size of the article-extraction benchmark's.
 */
class QuoteCountsAgreeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static Path index;

    @BeforeAll
    static void ingest() throws IOException {
        index = dir.resolve("index");
        DemoIndex.ingest(index, DemoIndex.demoPages());
    }

    @Test
    void webAndCliCountTheSameQuotesAndSpeakers() throws Exception {
        assertAgree(index, 50);
    }

    /** The same on a real corpus: the 258 fundus pages of ../shared, through {@code ingest}'s own path. */
    @Test
    void theyAgreeOnTheFundusCorpusToo() throws Exception {
        Path warc = Path.of(System.getProperty("verbatim.shared", "../shared"), "corpora", "warc",
                "fundus-news.warc.gz");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(warc),
                "shared/corpora/warc absent: skipped");
        Path fundus = dir.resolve("fundus");
        org.verbatim.index.Ingester.Report r = new org.verbatim.index.Ingester(
                org.verbatim.index.Ingester.Options.defaults(fundus), url -> sink -> { })
                .run(List.of(warc.toString()), null);
        assertThat(r.articles()).isGreaterThan(200);
        assertAgree(fundus, 1000);
    }

    /**
     * The same on an index of the size of the article-extraction benchmark's (181 articles), where the web and the
     * CLI once disagreed (2,723 against 2,838 quotes): readability's 130 test pages and htmldate's 200 world-news
     * pages (its {@code eval_mediacloud_2020} set), ingested together.
     */
    @Test
    void theyAgreeOnAnIndexOfTheBenchmarksSize() throws Exception {
        Path corpora = Path.of(System.getProperty("verbatim.shared", "../shared"), "corpora");
        Path readability = corpora.resolve("readability").resolve("test-pages");
        Path htmldate = corpora.resolve("htmldate");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(readability)
                && java.nio.file.Files.isRegularFile(htmldate.resolve("gold.jsonl")),
                "shared/corpora/readability or htmldate absent: skipped");
        List<String> inputs = new java.util.ArrayList<>();
        try (var pages = java.nio.file.Files.list(readability)) {
            pages.map(d -> d.resolve("source.html")).filter(java.nio.file.Files::isRegularFile).sorted()
                    .forEach(f -> inputs.add(f.toString()));
        }
        for (String line : java.nio.file.Files.readAllLines(htmldate.resolve("gold.jsonl"))) {
            JsonNode g = JSON.readTree(line);
            if (g.path("set").asText().equals("eval_mediacloud_2020")) {
                inputs.add(htmldate.resolve(g.path("file").asText()).toString());
            }
        }
        Path aeb = dir.resolve("aeb-sized");
        org.verbatim.index.Ingester.Report r = new org.verbatim.index.Ingester(
                org.verbatim.index.Ingester.Options.defaults(aeb), url -> sink -> { }).run(inputs, null);
        assertThat(r.articles()).as("an index at least the benchmark's size").isGreaterThanOrEqualTo(181);
        assertAgree(aeb, 1000);
    }

    private static void assertAgree(Path index, int atLeast) throws Exception {
        List<String> exported = lines(run("export", "--index", index.toString(), "--what", "quotes"));
        List<String> listed = lines(run("quotes", "--index", index.toString(), "--limit", "1000000", "--format",
                "jsonl"));
        List<String> speakers = lines(run("speakers", "--index", index.toString(), "--limit", "1000000", "--format",
                "jsonl"));
        long cliAttributed = 0;
        for (String s : speakers) {
            cliAttributed += JSON.readTree(s).path("quotes").asLong();
        }
        try (WebServer server = WebServer.start(index, "127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            JsonNode quotes = get(base + "/api/quotes?limit=1");
            JsonNode web = get(base + "/api/speakers?limit=1000");
            long webAttributed = 0;
            for (JsonNode s : web.path("speakers")) {
                webAttributed += s.path("quotes").asLong();
            }
            assertThat(exported).hasSizeGreaterThan(atLeast);
            assertThat(quotes.path("total").asLong()).isEqualTo(exported.size()).isEqualTo(listed.size())
                    .isEqualTo(server.quotes());
            if (web.path("total").asInt() <= 1000) { // all listed: every attributed quote is counted once
                assertThat(webAttributed).isPositive().isEqualTo(cliAttributed);
            }
            // one speaker identity for both ("He" and "he" are one speaker), in the same order with the same counts
            assertThat(web.path("total").asInt()).isEqualTo(speakers.size());
            List<String> webList = new java.util.ArrayList<>();
            List<String> cliList = new java.util.ArrayList<>();
            for (JsonNode s : web.path("speakers")) {
                webList.add(s.path("name").asText() + "\t" + s.path("quotes").asLong());
                JsonNode c = JSON.readTree(speakers.get(cliList.size()));
                cliList.add(c.path("speaker").asText() + "\t" + c.path("quotes").asLong());
            }
            assertThat(webList).isNotEmpty().isEqualTo(cliList);
            assertThat(get(base + "/health").path("quotes").asLong()).isEqualTo(exported.size());
        }
    }

    @Test
    void anIndexOfAnOlderVersionIsRefusedWithHowToUpgrade() throws Exception {
        Path old = dir.resolve("old");
        try (var w = new org.apache.lucene.index.IndexWriter(org.apache.lucene.store.FSDirectory.open(old),
                new org.apache.lucene.index.IndexWriterConfig())) {
            w.addDocument(new org.apache.lucene.document.Document());
            w.commit();
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream was = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = new CommandLine(new Main()).execute("search", "--index", old.toString(), "anything");
        } finally {
            System.setErr(was);
        }
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("written by an older Verbatim")
                .contains("verbatim ingest --index");
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream was = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(new CommandLine(new Main()).execute(args)).isZero();
        } finally {
            System.setOut(was);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> lines(String s) {
        return s.lines().filter(l -> !l.isBlank()).toList();
    }

    private static JsonNode get(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }
}
