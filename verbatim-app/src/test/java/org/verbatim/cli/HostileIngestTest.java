package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue's ingest failures, end to end through the command line: one hostile page or one broken stretch of an
 * archive costs at most one record, the run ends with its summary, and every loss is counted. Archives are generated.
 */
class HostileIngestTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static String story(int i) {
        return TestArchive.page("Story " + i + " of the harbour",
                ("The harbour council met on Tuesday to discuss item " + i + " of its budget for the year. ").repeat(8),
                "Residents asked for more ferries and longer opening hours at the piers in the evening.");
    }

    /** The issue's page: 25,000 short quotes by "the minister" in an article. */
    static String quoteDensePage() {
        StringBuilder sb = new StringBuilder("<!doctype html><html><head><title>The minister speaks</title></head>"
                + "<body><article><h1>The minister speaks</h1>");
        for (int i = 0; i < 25_000; i++) {
            sb.append("<p>\"We will not back down on item ").append(i).append(",\" the minister said on Monday.</p>");
        }
        return sb.append("</article></body></html>").toString();
    }

    private CliRun ingest(Path input, Path report) {
        return CliRun.run("ingest", "--index", dir.resolve("idx").toString(), "--report", report.toString(),
                input.toString());
    }

    @Test
    void theQuoteDensePageInsideAWarcCostsItsBudgetNotTheRun() throws Exception {
        Path warc = dir.resolve("dense.warc.gz");
        try (TestArchive a = new TestArchive(warc)) {
            a.response("https://news.example/0", 200, "text/html", story(0))
                    .response("https://news.example/dense", 200, "text/html", quoteDensePage())
                    .response("https://news.example/2", 200, "text/html", story(2));
        }
        Path report = dir.resolve("r.json");
        CliRun run = ingest(warc, report);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("read 3: ok 3, skipped 0, failed 0;");
        JsonNode r = JSON.readTree(report.toFile());
        assertThat(r.get("timeouts").asLong()).isZero();
        CliRun quotes = CliRun.run("quotes", "--index", dir.resolve("idx").toString(), "--speaker", "the minister",
                "--limit", "5000", "--format", "jsonl");
        assertThat(quotes.out().lines().count()).isBetween(1_000L, 2_000L); // the annotation budget, not 25,000
    }

    @Test
    void garbageAfterTheFirstRecordCostsNoRecordAndIsCounted() throws Exception {
        Path warc = dir.resolve("garbage.warc.gz");
        byte[] junk = new byte[300];
        new Random(12).nextBytes(junk);
        long at;
        try (TestArchive a = new TestArchive(warc)) {
            a.response("https://news.example/0", 200, "text/html", story(0));
            at = a.size();
            a.raw(junk);
            for (int i = 1; i < 10; i++) {
                a.response("https://news.example/" + i, 200, "text/html", story(i));
            }
        }
        Path report = dir.resolve("r.json");
        CliRun run = ingest(warc, report);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("read 10: ok 10, skipped 0, failed 0;")
                .contains("garbage: 300 bytes in 1 gaps");
        JsonNode r = JSON.readTree(report.toFile());
        assertThat(r.get("gap_bytes").asLong()).isEqualTo(300);
        List<String> rejects = Files.readAllLines(dir.resolve("idx/rejects.jsonl"));
        assertThat(rejects).singleElement().satisfies(l -> assertThat(JSON.readTree(l).get("record").asText())
                .isEqualTo("@" + at));
    }

    @Test
    void aLyingContentLengthCostsOneRecordAndTheLossIsCounted() throws Exception {
        Path plain = dir.resolve("plain.warc");
        try (TestArchive a = new TestArchive(plain, false)) {
            for (int i = 0; i < 10; i++) {
                a.response("https://news.example/" + i, 200, "text/html", story(i));
            }
        }
        String s = new String(Files.readAllBytes(plain), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("WARC/1\\.[01]\r\nContent-Length: (\\d+)\r\n").matcher(s);
        for (int i = 0; i < 4; i++) {
            assertThat(m.find()).isTrue();
        }
        int recordStart = m.start();
        String lying = s.substring(0, m.start(1)) + (Long.parseLong(m.group(1)) + 5_000) + s.substring(m.end(1));
        Path warc = Files.write(dir.resolve("lying.warc"), lying.getBytes(StandardCharsets.ISO_8859_1));
        Path report = dir.resolve("r.json");
        CliRun run = ingest(warc, report);
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("read 10: ok 9, skipped 0, failed 1;");
        List<String> rejects = Files.readAllLines(dir.resolve("idx/rejects.jsonl"));
        assertThat(rejects).singleElement().satisfies(l -> {
            JsonNode j = JSON.readTree(l);
            assertThat(j.get("record").asText()).isEqualTo("@" + recordStart);
            assertThat(j.get("reason").asText()).contains("overruns the next record");
        });
    }
}
