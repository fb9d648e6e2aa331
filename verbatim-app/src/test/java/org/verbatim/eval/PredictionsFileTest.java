package org.verbatim.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.model.Article;

/**
 * The predictions files that reference scorers read ({@code wcxb-predictions.jsonl}, {@code
 * wcxb-cv-predictions.jsonl}): one Article JSON line per prediction, in order, each naming the file it came from,
 * which is how {@code score_wcxb.py} joins a prediction to its page.
 */
class PredictionsFileTest {
    @TempDir
    Path tmp;

    @Test
    void writesOneLinePerPredictionWithItsSource() throws Exception {
        List<Article> predicted = List.of(article("First"), article("Second"));
        Path dir = tmp.resolve("out");
        Evaluation.writePredictions(dir, "p.jsonl", List.of("/corpus/html/0001.html.gz", "/corpus/html/0002.html.gz"),
                predicted);
        List<String> lines = Files.readAllLines(dir.resolve("p.jsonl"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        JsonNode second = new ObjectMapper().readTree(lines.get(1));
        assertThat(second.get("source").asText()).isEqualTo("/corpus/html/0002.html.gz");
        assertThat(second.get("title").asText()).isEqualTo("Second");
    }

    @Test
    void refusesSourcesThatDoNotPairWithThePredictions() {
        assertThatThrownBy(() -> Evaluation.writePredictions(tmp, "p.jsonl", List.of("a.html"),
                List.of(article("A"), article("B")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 sources for 2 predictions");
        assertThat(tmp.resolve("p.jsonl")).doesNotExist();
    }

    @Test
    void writesNothingWithoutAFolder() throws Exception {
        Evaluation.writePredictions(null, "p.jsonl", List.of("a.html"), List.of(article("A")));
        try (var files = Files.list(tmp)) {
            assertThat(files).isEmpty();
        }
    }

    private static Article article(String title) {
        return Article.builder().url("https://example.org/" + title).title(title).build();
    }
}
