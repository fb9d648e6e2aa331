package org.verbatim.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.verbatim.cli.AnnotateCommand;
import org.verbatim.enrich.Annotator;

/** Every fundus gold text (many languages) annotates without error; German texts yield German-cued quotes. */
class FundusAnnotateCorpusTest {
    /** German cue words that must show up among the cues of German quotes. */
    static final Set<String> GERMAN_CUES = Set.of("sagte", "sagt", "erklärte", "laut", "so", "betonte");
    /** Measured 834 German-cued quotes on the 94 pages with lang "de"; a floor well under that. */
    static final int MIN_GERMAN_CUED_QUOTES = 400;

    @Test
    void everyPageAnnotatesAndGermanCuesAreFound() throws IOException {
        Path gold = Path.of(System.getProperty("verbatim.shared", "../shared"), "corpora", "fundus", "gold.jsonl");
        assumeTrue(Files.isRegularFile(gold), "shared/corpora/fundus absent: skipped");
        ObjectMapper m = new ObjectMapper();
        org.verbatim.pipeline.PagePath annotator = org.verbatim.pipeline.PagePath.standard(java.time.Clock.systemUTC());
        List<String> errors = new ArrayList<>();
        int germanCued = 0;
        Set<String> cuesSeen = new HashSet<>();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            JsonNode d = m.readTree(line);
            String input = m.createObjectNode().put("id", d.get("id").asText()).put("text", d.get("text").asText())
                    .put("title", d.path("title").asText(null)).put("published", d.path("published").asText(null))
                    .toString();
            JsonNode out = m.readTree(AnnotateCommand.annotateLine(annotator, input).toString());
            if (out.has("error")) {
                errors.add(d.get("id").asText() + ": " + out.get("error").asText());
                continue;
            }
            if ("de".equals(d.path("lang").asText())) {
                for (JsonNode q : out.get("quotes")) {
                    String cue = q.get("cue").isNull() ? null : q.get("cue").asText().toLowerCase();
                    if (cue != null && !cue.equals("–") && !cue.equals(":")) {
                        germanCued++;
                        cuesSeen.add(cue.substring(cue.lastIndexOf(' ') + 1));
                    }
                }
            }
        }
        assertThat(errors).isEmpty();
        assertThat(germanCued).isGreaterThanOrEqualTo(MIN_GERMAN_CUED_QUOTES);
        assertThat(cuesSeen).containsAll(GERMAN_CUES);
    }
}
