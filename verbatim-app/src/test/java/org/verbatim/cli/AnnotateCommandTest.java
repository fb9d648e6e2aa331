package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnnotateCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void writesOneResultLinePerInputLineWithOffsetsIntoTheText(@TempDir Path tmp) throws Exception {
        String text = "“We will win,” Senator Ada Kerr said on Monday.";
        Path in = tmp.resolve("in.jsonl");
        Files.write(in, List.of(
                MAPPER.createObjectNode().put("id", "a").put("text", text).put("published", "2024-01-24").toString(),
                "",
                MAPPER.createObjectNode().put("id", 7).put("title", "no text").toString(),
                "{not json"), StandardCharsets.UTF_8);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code = new CommandLine(new AnnotateCommand(new PrintStream(buf, true, StandardCharsets.UTF_8)))
                .execute(in.toString());
        List<String> lines = buf.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(code).isEqualTo(1);
        JsonNode first = MAPPER.readTree(lines.get(0));
        assertThat(first.fieldNames()).toIterable()
                .containsExactly("id", "quotes", "speakers", "entities", "time_expressions");
        JsonNode q = first.get("quotes").get(0);
        assertThat(text.substring(q.get("start").asInt(), q.get("end").asInt())).isEqualTo(q.get("text").asText());
        assertThat(q.get("kind").asText()).isEqualTo("direct");
        assertThat(q.at("/speaker/name").asText()).isEqualTo("Ada Kerr");
        assertThat(q.at("/speaker/title").asText()).isEqualTo("Senator");
        assertThat(q.at("/speaker/type").asText()).isEqualTo("person");
        assertThat(q.get("said_on").asText()).isEqualTo("2024-01-22");
        assertThat(q.get("where").asText()).isEqualTo("text");
        assertThat(MAPPER.readTree(lines.get(1)).get("error").asText()).isEqualTo("missing text");
        assertThat(MAPPER.readTree(lines.get(1)).get("id").asInt()).isEqualTo(7);
        assertThat(MAPPER.readTree(lines.get(2)).get("error").asText()).startsWith("invalid JSON");
    }

    @Test
    void datesParseInSeveralForms() {
        assertThat(AnnotateCommand.date("2024-01-24T07:41:00+01:00")).hasToString("2024-01-24");
        assertThat(AnnotateCommand.date("yesterday")).isNull();
        assertThat(AnnotateCommand.date(null)).isNull();
    }

    // ---- the annotate failures: bytes decoded line by line, one-line file errors, bounded texts ---------

    private static byte[] threeLinesWithLatin1InTheSecond() {
        String ok1 = MAPPER.createObjectNode().put("id", "a").put("text", "\u201cWe will win,\u201d Ada Kerr said.")
                .toString();
        String bad = MAPPER.createObjectNode().put("id", "b").put("text", "Le caf\u00e9 ferme, dit-il.").toString();
        String ok3 = MAPPER.createObjectNode().put("id", "c").put("text", "\u201cNo,\u201d Tom Reyes said.").toString();
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.writeBytes((ok1 + "\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes((bad + "\r\n").getBytes(StandardCharsets.ISO_8859_1)); // a Latin-1 \u00e9: byte E9 alone
        b.writeBytes((ok3 + "\n").getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    private static void assertBadLineIsReportedAndTheOthersWritten(CliRun run) throws Exception {
        assertThat(run.exit()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(MAPPER.readTree(lines.get(0)).get("quotes")).isNotEmpty();
        JsonNode bad = MAPPER.readTree(lines.get(1));
        assertThat(bad.get("id").asText()).isEqualTo("b");
        assertThat(bad.get("error").asText()).isEqualTo("line 2 is not valid UTF-8 (at byte 24)");
        assertThat(MAPPER.readTree(lines.get(2)).get("id").asText()).isEqualTo("c");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anInvalidUtf8LineInAFileCostsThatLineOnly(@TempDir Path tmp) throws Exception {
        Path in = Files.write(tmp.resolve("latin1.jsonl"), threeLinesWithLatin1InTheSecond());
        assertBadLineIsReportedAndTheOthersWritten(CliRun.run("annotate", in.toString()));
    }

    @Test
    void standardInputIsReadTheSameWay() throws Exception {
        assertBadLineIsReportedAndTheOthersWritten(CliRun.run(threeLinesWithLatin1InTheSecond(), "annotate", "-"));
    }

    @Test
    void aMissingFileOrAFolderIsAOneLineUsageError(@TempDir Path tmp) {
        CliRun missing = CliRun.run("annotate", tmp.resolve("nope.jsonl").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("verbatim annotate: cannot read " + tmp.resolve("nope.jsonl")
                + ": no such file");
        CliRun folder = CliRun.run("annotate", tmp.toString());
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(folder.err().lines()).singleElement().asString().contains("is a folder");
    }

    @Test
    void largeTextsAreAnnotatedUpToTheBudgetWithAWarning() throws Exception {
        StringBuilder dense = new StringBuilder(); // about 2 MB of short quotes: it died of OutOfMemoryError
        for (int i = 0; i < 30_000; i++) {
            dense.append("\u201cWe will not back down on item ").append(i).append(",\u201d the minister said.\n\n");
        }
        String huge = "The council met again on Tuesday evening. ".repeat(360_000); // about 15 MB
        String input = MAPPER.createObjectNode().put("id", "dense").put("text", dense.toString()) + "\n"
                + MAPPER.createObjectNode().put("id", "huge").put("text", huge) + "\n";
        CliRun run = CliRun.run(input.getBytes(StandardCharsets.UTF_8), "annotate", "-");
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode d = MAPPER.readTree(lines.get(0));
        assertThat(d.get("quotes").size()).isEqualTo(org.verbatim.enrich.Budget.DEFAULT.maxQuoteRegions());
        assertThat(d.get("warnings").get(0).asText()).startsWith("budget: annotated the first ");
        JsonNode h = MAPPER.readTree(lines.get(1));
        assertThat(h.get("warnings").get(0).asText()).startsWith("budget: annotated the first ")
                .contains(" of " + huge.length() + " characters");
    }

    @Test
    void linesAreCutAtLineFeedsWithoutCarriageReturnsOrAByteOrderMarkAndOverlongLinesAreSkipped() throws Exception {
        byte[] in = "\uFEFFab\r\n\ncdefghijk\nij".getBytes(StandardCharsets.UTF_8);
        try (Lines lines = new Lines(new java.io.ByteArrayInputStream(in), 8)) {
            assertThat(new String(lines.next().bytes(), StandardCharsets.UTF_8)).isEqualTo("ab");
            assertThat(lines.next().bytes()).isEmpty();
            Lines.Line tooLong = lines.next();
            assertThat(tooLong.tooLong()).isTrue();
            assertThat(tooLong.number()).isEqualTo(3);
            assertThat(new String(lines.next().bytes(), StandardCharsets.UTF_8)).isEqualTo("ij");
            assertThat(lines.next()).isNull();
        }
    }
}
