package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/** render-text writes WET-like text (folders and archives), and extract reads WET archives back as scraped text. */
class RenderTextCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STORY_ONE = TestArchive.page("Harbour reopens after the storm",
            "The harbour reopened on Monday after three weeks of repairs to the quays that the storm had damaged.",
            "Fishing crews said the closure had cost them most of their winter income and asked for support.");
    private static final String STORY_TWO = TestArchive.page("Council approves the new tram line",
            "The city council approved the new tram line on Tuesday by a large majority after a long debate.",
            "Construction is to start next spring and the first trams should run within three years of that.");

    @TempDir
    Path dir;

    @Test
    void aFolderOfPagesBecomesAFolderOfTextFiles() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(in.resolve("one.html"), STORY_ONE);
        Files.writeString(dir.resolve("in/two.htm"), STORY_TWO);
        CliRun r = CliRun.run("render-text", dir.resolve("in").toString(), dir.resolve("out").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("out/sub/one.txt")).split("\n")).containsExactly(
                "Harbour reopens after the storm", "Harbour reopens after the storm",
                "The harbour reopened on Monday after three weeks of repairs to the quays that the storm had damaged.",
                "Fishing crews said the closure had cost them most of their winter income and asked for support.");
        assertThat(Files.readString(dir.resolve("out/two.txt"))).startsWith("Council approves the new tram line\n");
    }

    @Test
    void aWarcBecomesAWetArchiveThatExtractReadsAsScrapedText() throws Exception {
        Path warc = dir.resolve("crawl.warc.gz");
        try (TestArchive a = new TestArchive(warc)) {
            a.request("https://news.example/harbour").response("https://news.example/harbour", 200, "text/html",
                    STORY_ONE).response("https://news.example/tram", 200, "text/html", STORY_TWO)
                    .response("https://news.example/gone", 404, "text/html", "<p>Not found</p>");
        }
        Path wet = dir.resolve("crawl.warc.wet.gz");
        CliRun r = CliRun.run("render-text", warc.toString(), wet.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 pages rendered");
        List<String> targets = new ArrayList<>();
        try (WarcReader reader = new WarcReader(wet)) {
            for (Optional<WarcRecord> rec = reader.next(); rec.isPresent(); rec = reader.next()) {
                if (rec.get() instanceof WarcConversion c) {
                    targets.add(c.target());
                    assertThat(c.contentType().base().toString()).isEqualTo("text/plain");
                }
            }
        }
        assertThat(targets).containsExactly("https://news.example/harbour", "https://news.example/tram");

        CliRun x = CliRun.run("extract", "--no-quotes", "--format", "jsonl", wet.toString());
        assertThat(x.exit()).as(x.err()).isZero();
        String[] lines = x.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines[0]);
        assertThat(first.get("url").asText()).isEqualTo("https://news.example/harbour");
        assertThat(first.get("title").asText()).isEqualTo("Harbour reopens after the storm");
        assertThat(first.get("text").asText()).startsWith("The harbour reopened on Monday")
                .endsWith("asked for support.");
        assertThat(first.get("source").asText()).startsWith(wet.toString() + "#<urn:uuid:");
        assertThat(JSON.readTree(lines[1]).get("title").asText()).isEqualTo("Council approves the new tram line");
    }

    @Test
    void renderingTwiceGivesTheSameArchive() throws Exception {
        Path page = dir.resolve("page.html");
        Files.writeString(page, STORY_ONE, StandardCharsets.UTF_8);
        Path first = dir.resolve("one/x.wet.gz");
        Path second = dir.resolve("two/x.wet.gz");
        assertThat(CliRun.run("render-text", page.toString(), first.toString()).exit()).isZero();
        assertThat(CliRun.run("render-text", page.toString(), second.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(first)).isNotEmpty().isEqualTo(Files.readAllBytes(second));
    }

    @Test
    void aMissingInputIsReportedAndTheExitCodeSaysSo() {
        CliRun r = CliRun.run("render-text", dir.resolve("nope.html").toString(), dir.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("nope.html");
    }
}
