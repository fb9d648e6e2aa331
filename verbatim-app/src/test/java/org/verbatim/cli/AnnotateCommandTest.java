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
}
