package org.verbatim.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CueLexiconTrainerTest {

    @Test
    void countsCueOccurrencesAgainstAllOccurrences(@TempDir Path tmp) throws Exception {
        Path train = tmp.resolve("t.jsonl");
        // "said" is a cue twice out of three; "stressed" once out of one
        String text = "Ann said yes. Bob said no. It said nothing. Cal stressed it.";
        Files.write(train, List.of("{\"text\": \"" + text + "\", \"quotes\": ["
                + "{\"cue_spans\": [[4, 8]]}, {\"cue_spans\": [[18, 22]]}, {\"cue_spans\": [[48, 56]]},"
                + "{\"cue_spans\": null}]}"), StandardCharsets.UTF_8);
        Map<String, int[]> c = CueLexiconTrainer.count(train);
        assertThat(c.get("said")).containsExactly(2, 3);
        assertThat(c.get("stressed")).containsExactly(1, 1);
        assertThat(c.get("ann")).containsExactly(0, 1);
    }

    @ParameterizedTest
    @CsvSource({"polnear, en", "gernews, de"})
    void theShippedLexiconsAreReproducibleFromTheirTrainSplits(String corpus, String language, @TempDir Path tmp)
            throws Exception {
        Path train = Path.of(System.getProperty("verbatim.shared", "../shared"), "corpora", corpus, "train.jsonl");
        assumeTrue(Files.isRegularFile(train), "shared/corpora/" + corpus + " absent: skipped");
        Path out = tmp.resolve("cues.tsv");
        CueLexiconTrainer.main(new String[] {train.toString(), out.toString()});
        Path shipped = Path.of("..", "verbatim-quotes-" + language, "src", "main", "resources", "org", "verbatim",
                "enrich", "learned", language, "cues.tsv");
        assumeTrue(Files.isRegularFile(shipped), "run from the verbatim-app module directory");
        assertThat(Files.readAllLines(out)).isEqualTo(Files.readAllLines(shipped));
    }
}
