package org.verbatim.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.enrich.Annotator;

/** PolNeAR dev floors and agreement with the reference scorer (skipped when shared/ is absent). */
class QuoteEvalCorpusTest {
    /** Floors a little under the measured figures, so that a regression fails the build. */
    static final double MIN_PRECISION = 0.86;
    static final double MIN_RECALL = 0.81;
    static final double MIN_SPEAKER = 0.90;

    private static Path shared;

    @BeforeAll
    static void locate() {
        shared = Path.of(System.getProperty("verbatim.shared", "../shared"));
    }

    private static Path dev() {
        Path dev = shared.resolve("corpora/polnear/dev.jsonl");
        assumeTrue(Files.isRegularFile(dev), "shared/corpora/polnear absent: skipped");
        return dev;
    }

    @Test
    void devFloors() throws IOException {
        QuoteEval.Result r = QuoteEval.evaluate(dev(), new Annotator(), null);
        System.out.println(r.describe());
        assertThat(r.docs()).isEqualTo(84);
        assertThat(r.gold()).isEqualTo(2192);
        assertThat(r.precision()).isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(r.recall()).isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(r.speakerAccuracy()).isGreaterThanOrEqualTo(MIN_SPEAKER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"polnear", "gernews"})
    void agreesWithTheReferenceScorer(String corpus, @TempDir Path tmp) throws Exception {
        Path dev = shared.resolve("corpora/" + corpus + "/dev.jsonl");
        assumeTrue(Files.isRegularFile(dev), "shared/corpora/" + corpus + " absent: skipped");
        Path script = shared.resolve("tools/score_quotes.py");
        assumeTrue(Files.isRegularFile(script), "score_quotes.py absent: skipped");
        Path pred = tmp.resolve("pred.jsonl");
        Path json = tmp.resolve("score.json");
        QuoteEval.Result r = QuoteEval.evaluate(dev, new Annotator(), pred);
        Process p;
        try {
            p = new ProcessBuilder("python3", script.toString(), dev.toString(), pred.toString(), "--json",
                    json.toString()).redirectErrorStream(true).redirectOutput(tmp.resolve("out.txt").toFile())
                    .start();
        } catch (IOException e) {
            assumeTrue(false, "python3 not available: skipped");
            return;
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        JsonNode s = new ObjectMapper().readTree(json.toFile());
        JsonNode all = s.at("/extraction/ALL overlap");
        assertThat(all.get("n_pred").asInt()).isEqualTo(r.predicted());
        assertThat(all.get("tp_pred").asInt()).isEqualTo((int) Math.round(r.precision() * r.predicted()));
        assertThat(all.get("tp_gold").asInt()).isEqualTo((int) Math.round(r.recall() * r.gold()));
        JsonNode strict = s.at("/extraction/ALL strict(+-2)");
        assertThat(strict.get("tp_gold").asInt()).isEqualTo((int) Math.round(r.exactRecall() * r.gold()));
        assertThat(s.at("/attribution/named").asInt()).isEqualTo(r.namedPairs());
        assertThat(s.at("/attribution/name_ok").asInt())
                .isEqualTo((int) Math.round(r.speakerAccuracy() * r.namedPairs()));
        assertThat(s.at("/attribution/unnamed_mention_ok").asInt())
                .isEqualTo((int) Math.round(r.unnamedMentionAcc() * s.at("/attribution/unnamed").asInt()));
        assertThat(s.at("/extraction/DIRECT overlap/tp_gold").asInt())
                .isEqualTo((int) Math.round(r.directRecall() * s.at("/extraction/DIRECT overlap/n_gold").asInt()));
        // the breakdown partitions what the reference scorer counts
        Map<String, Double> b = r.breakdown().figures("");
        assertThat(b.get("count.speaker.name").intValue()).isEqualTo(r.namedPairs());
        assertThat(b.get("count.speaker.description") + b.get("count.speaker.pronoun"))
                .isEqualTo(s.at("/attribution/unnamed").asDouble());
        double missed = b.getOrDefault("confusion.fn.no_prediction_in_paragraph", 0.0)
                + b.getOrDefault("confusion.fn.prediction_in_paragraph", 0.0);
        assertThat(missed).isEqualTo(all.get("n_gold").asInt() - all.get("tp_gold").asInt());
        double falseAlarms = b.getOrDefault("confusion.fp.in_paragraph_with_gold", 0.0)
                + b.getOrDefault("confusion.fp.in_paragraph_without_gold", 0.0);
        assertThat(falseAlarms).isEqualTo(all.get("n_pred").asInt() - all.get("tp_pred").asInt());
        // an unresolved pronoun never becomes a speaker named "He" or "Sie"
        assertThat(b.get("confusion.speaker.pronoun_as_name")).isZero();
        assertThat(b.get("speaker.not_pronoun")).isEqualTo(1.0);
    }
}
