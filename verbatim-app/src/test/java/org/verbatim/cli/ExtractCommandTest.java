package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extract command's contract: formats, input kinds, order, source field and exit codes. */
class ExtractCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGE = """
            <html lang="en"><head><title>Storm closes the harbour</title></head><body>
            <article><h1>Storm closes the harbour</h1>
            <p>The harbour closed on Tuesday as a storm brought winds of up to ninety miles an hour to the coast.</p>
            <p>Officials said the port would reopen once the sea had calmed and the quays had been inspected.</p>
            <p>“We will not take risks with the crews,” said harbour master Jane Okoro.</p>
            </article></body></html>""";

    @TempDir
    Path dir;

    @Test
    void oneInputGivesOnePrettyJsonObjectWithTheFullContract() throws Exception {
        Path f = write("a.html", PAGE);
        CliRun r = CliRun.run("extract", f.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode a = JSON.readTree(r.out());
        assertThat(r.out().strip()).contains("\n");
        assertThat(fieldNames(a)).containsExactly("schema_version", "source", "url", "canonical_url", "title",
                "standfirst", "authors", "agencies", "credits", "published", "published_is_update", "modified",
                "site_name", "language", "section", "tags", "image", "paywalled", "page_type", "page_type_confidence",
                "text", "blocks", "quotes", "speakers", "entities", "time_expressions", "warnings", "producer");
        assertThat(a.get("schema_version").asInt()).isEqualTo(org.verbatim.model.Versions.ARTICLE_SCHEMA);
        assertThat(a.get("producer").get("verbatim").asText()).isEqualTo(org.verbatim.model.Versions.VERBATIM);
        assertThat(a.get("producer").get("models").get("quotes_en").asText()).hasSize(12);
        assertThat(a.get("source").asText()).isEqualTo(f.toString());
        assertThat(a.get("text").asText()).contains("ninety miles an hour");
        assertThat(a.get("blocks").get(0).get("type").asText()).isIn("paragraph", "heading");
        JsonNode quote = a.get("quotes").get(0);
        assertThat(quote).isNotNull();
        int start = quote.get("start").asInt();
        assertThat(a.get("text").asText().substring(start, quote.get("end").asInt())).isEqualTo(quote.get("text").asText());
    }

    @Test
    void quotesCanBeSkipped() throws Exception {
        JsonNode a = JSON.readTree(CliRun.run("extract", "--no-quotes", write("a.html", PAGE).toString()).out());
        assertThat(a.get("quotes")).isEmpty();
        assertThat(a.get("text").asText()).contains("Jane Okoro");
    }

    @Test
    void severalInputsGiveOneLinePerInputInOrderAndFailuresDoNotStopTheOthers() throws Exception {
        Path a = write("a.html", PAGE);
        Path b = write("b.txt.gz", null);
        gzip(b, "Breaking\n\nA long paragraph of scraped text that says the harbour closed on Tuesday afternoon.\n");
        Path missing = dir.resolve("missing.html");
        CliRun r = CliRun.run("extract", a.toString(), missing.toString(), b.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(missing.toString()).contains("no such file");
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines.get(0)).get("source").asText()).isEqualTo(a.toString());
        assertThat(JSON.readTree(lines.get(1)).get("source").asText()).isEqualTo(b.toString());
        assertThat(JSON.readTree(lines.get(1)).get("text").asText()).contains("harbour closed on Tuesday");
    }

    @Test
    void directoriesAreWalkedRecursivelyInSortedOrderKeepingOnlyPages() throws Exception {
        Files.createDirectories(dir.resolve("z/sub"));
        write("z/sub/2.htm", PAGE);
        write("z/1.html", PAGE);
        write("z/notes.pdf", "not a page");
        CliRun r = CliRun.run("extract", "--format", "jsonl", dir.resolve("z").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> sources = new ArrayList<>();
        for (String line : r.out().lines().toList()) {
            sources.add(JSON.readTree(line).get("source").asText());
        }
        assertThat(sources).containsExactly(dir.resolve("z/1.html").toString(), dir.resolve("z/sub/2.htm").toString());
    }

    @Test
    void stdinIsReadAndTheUrlOptionIsKept() throws Exception {
        CliRun r = CliRun.run(PAGE.getBytes(StandardCharsets.UTF_8), "extract", "--url", "https://news.example/a", "-");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode a = JSON.readTree(r.out());
        assertThat(a.get("source").asText()).isEqualTo("-");
        assertThat(a.get("url").asText()).isEqualTo("https://news.example/a");
    }

    @Test
    void textualFormatsRenderTheArticle() throws Exception {
        Path f = write("a.html", PAGE);
        assertThat(CliRun.run("extract", "--format", "markdown", f.toString()).out()).contains("ninety miles");
        assertThat(CliRun.run("extract", "--format", "text", f.toString()).out()).contains("ninety miles");
        String html = CliRun.run("extract", "--format", "html", f.toString()).out();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<p>The harbour closed");
    }

    @Test
    void pageTextIsEscapedInHtmlOutput() throws Exception {
        Path f = write("x.html", "<html><body><article><p>A paragraph long enough to be kept as body text, with"
                + " &lt;script&gt;alert(1)&lt;/script&gt; written in it as text by the page.</p></article></body></html>");
        String html = CliRun.run("extract", "--format", "html", f.toString()).out();
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CliRun.run("extract").exit()).isEqualTo(2);
        CliRun bad = CliRun.run("extract", "--format", "yaml", "x.html");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown format 'yaml'");
    }

    @Test
    void brokenGzipIsAOneLineErrorWithExitOne() throws Exception {
        Path f = dir.resolve("broken.html.gz");
        Files.write(f, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        CliRun r = CliRun.run("extract", f.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("broken gzip");
    }

    @Test
    void anArchiveGivesOneArticlePerPageRecordNamedByArchiveAndRecord() throws Exception {
        Path warc = dir.resolve("crawl.warc.gz");
        try (TestArchive a = new TestArchive(warc)) {
            a.response("https://news.example/1", 200, "text/html", PAGE);
            a.response("https://news.example/2", 200, "text/html",
                    TestArchive.page("Ferries add sailings", "The ferry company added two sailings on Friday."));
        }
        CliRun r = CliRun.run("extract", "--format", "jsonl", "--no-quotes", warc.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("source").asText()).startsWith(warc + "#<urn:");
        assertThat(first.get("url").asText()).isEqualTo("https://news.example/1");
        assertThat(JSON.readTree(lines.get(1)).get("title").asText()).isEqualTo("Ferries add sailings");
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        if (content != null) {
            Files.writeString(p, content, StandardCharsets.UTF_8);
        }
        return p;
    }

    private static void gzip(Path p, String content) throws Exception {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
