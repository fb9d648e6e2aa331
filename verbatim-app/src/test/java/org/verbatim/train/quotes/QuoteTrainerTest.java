package org.verbatim.train.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.enrich.QuoteModels;

/**
 * The trainer on a small synthetic corpus written by a seeded generator (sentences made up for this test, in the
 * PolNeAR JSONL format): it learns something that separates cues from other words, and the same data gives the same
 * files byte for byte.
 */
class QuoteTrainerTest {
    private static final long SEED = Long.getLong("verbatim.seed", 20261205L);
    private static final String[] NAMES = {"Anna Berg", "Tom Reyes", "Maria Lopez", "Paul Okafor", "Ines Vogel"};
    private static final String[] CUES = {"said", "argued", "warned", "stressed", "claimed"};
    private static final String[] CLAIMS = {"the bridge would close in May", "taxes had to rise",
        "the plan was dead", "the council had acted too late", "the river was too low for barges"};
    private static final String[] FILLER = {"The weather was mild on Monday.", "Traffic moved slowly in the centre.",
        "The market opened at nine.", "Several shops stayed closed."};

    /** Writes {@code n} synthetic articles; every second sentence attributes a claim. */
    static Path corpus(Path dir, long seed, int n) throws Exception {
        ObjectMapper m = new ObjectMapper();
        Random rnd = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            StringBuilder text = new StringBuilder();
            ObjectNode doc = m.createObjectNode();
            ArrayNode quotes = m.createArrayNode();
            for (int s = 0; s < 6; s++) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                if (s % 2 == 0) {
                    text.append(FILLER[rnd.nextInt(FILLER.length)]);
                    continue;
                }
                String name = NAMES[rnd.nextInt(NAMES.length)];
                String cue = CUES[rnd.nextInt(CUES.length)];
                String claim = CLAIMS[rnd.nextInt(CLAIMS.length)];
                int a = text.length();
                text.append(name).append(' ').append(cue).append(" that ").append(claim).append('.');
                int cueStart = a + name.length() + 1;
                int contentStart = cueStart + cue.length() + 1;
                ObjectNode q = quotes.addObject();
                q.put("kind", "indirect");
                q.putArray("cue_spans").addArray().add(cueStart).add(cueStart + cue.length());
                q.putArray("quote_spans").addArray().add(contentStart).add(contentStart + 5 + claim.length());
                q.putArray("speaker_spans").addArray().add(a).add(a + name.length());
                q.put("speaker_text", name);
            }
            doc.put("doc_id", "d" + d);
            doc.put("text", text.toString());
            doc.set("quotes", quotes);
            lines.add(m.writeValueAsString(doc));
        }
        Path f = dir.resolve("train.jsonl");
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }

    /** The cue model's best score for a candidate word {@code word} of {@code text}. */
    private static double score(QuoteTrainer.Result r, String text, String word) {
        org.verbatim.enrich.AttributionSamples samples = new org.verbatim.enrich.AttributionSamples(
                QuoteModels.of(java.util.Map.of("en", r.models())));
        double best = 0;
        for (org.verbatim.enrich.AttributionSamples.CueSample c : samples.cues(text, "en")) {
            if (c.token().of(text).equals(word)) {
                best = Math.max(best, r.cue().model().probability(c.features(), c.features().length));
            }
        }
        return best;
    }

    @Test
    void theSameDataGivesTheSameFilesAndALearnedCueModel(@TempDir Path tmp) throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a/corpus"));
        Path b = Files.createDirectories(tmp.resolve("b/corpus"));
        QuoteTrainer.Result first = QuoteTrainer.train("en", corpus(a, SEED, 40), CueLearner.MAXENT, s -> { });
        QuoteTrainer.Result second = QuoteTrainer.train("en", corpus(b, SEED, 40), CueLearner.MAXENT, s -> { });
        assertThat(first.files().keySet()).containsExactly(QuoteModels.CUES, QuoteModels.CUE_MODEL,
                QuoteModels.SPEAKER_MODEL, QuoteModels.CONTINUATION_MODEL);
        assertThat(second.files()).as("seed " + SEED).isEqualTo(first.files());
        org.verbatim.enrich.BinaryModel cue = first.cue().model();
        String text = "Tom Reyes argued that the plan was dead. The market opened at nine.";
        assertThat(score(first, text, "argued")).as("a cue word scores higher than a filler word")
                .isGreaterThan(score(first, text, "opened")).isGreaterThan(cue.threshold());
        assertThat(first.cueCounts()).containsKey("argued");
        assertThat(first.cueCounts().get("argued")[0]).isEqualTo(first.cueCounts().get("argued")[1]);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCueLessReportMatchesTheCandidateInsideItThatHoldsItsSource() {
        // "Die Partei will die Steuer senken. Sie sei dazu bereit." with gold attributions without cue spans
        List<org.verbatim.model.Span>[] self = new List[] {List.of(), List.of(new org.verbatim.model.Span(0, 33)),
            List.of(new org.verbatim.model.Span(0, 10))};
        List<org.verbatim.model.Span>[] continued = new List[] {List.of(), List.of(new org.verbatim.model.Span(35,
            55)), List.of(new org.verbatim.model.Span(0, 10))};
        List<List<org.verbatim.model.Span>[]> gold = List.of(self, continued);
        org.verbatim.enrich.AttributionSamples.CueSample whole = new org.verbatim.enrich.AttributionSamples.CueSample(
                new org.verbatim.model.Span(11, 15), new org.verbatim.model.Span(0, 33), new String[0], List.of());
        org.verbatim.enrich.AttributionSamples.CueSample after = new org.verbatim.enrich.AttributionSamples.CueSample(
                new org.verbatim.model.Span(11, 15), new org.verbatim.model.Span(16, 33), new String[0], List.of());
        org.verbatim.enrich.AttributionSamples.CueSample inContinuation =
                new org.verbatim.enrich.AttributionSamples.CueSample(new org.verbatim.model.Span(39, 42),
                        new org.verbatim.model.Span(35, 55), new String[0], List.of());
        assertThat(QuoteTrainer.matching(whole, gold)).as("the sentence reports itself, source and all").isZero();
        assertThat(QuoteTrainer.matching(after, gold)).as("its content leaves the source out").isEqualTo(-1);
        assertThat(QuoteTrainer.matching(inContinuation, gold)).as("a continuation is the continuation model's")
                .isEqualTo(-1);
    }

    /**
     * The speakerless option is chosen for recall at the precision target, but only where what it adds beyond "never"
     * is itself as precise as the target: a value that stays above the target overall by spending the headroom on
     * weaker additions is not taken.
     */
    @Test
    void optionTakesMostRecallOnlyWhereWhatItAddsReachesTheTarget() {
        java.util.Map<Double, QuoteTrainer.Pooled> curve = new java.util.LinkedHashMap<>();
        curve.put(2.0, new QuoteTrainer.Pooled(1000, 880, 1000, 800, 100, 90));
        curve.put(0.8, new QuoteTrainer.Pooled(1010, 889, 1000, 809, 100, 90)); // adds 10, 9 right: P 0.9
        curve.put(0.5, new QuoteTrainer.Pooled(1040, 910, 1000, 830, 100, 90)); // adds 40, 30 right: P 0.75
        assertThat(curve.get(0.5).precision()).isGreaterThanOrEqualTo(0.87);
        assertThat(curve.get(0.5).addedPrecision(curve.get(2.0))).isEqualTo(0.75);
        assertThat(QuoteTrainer.chooseOption(curve, "en")).isEqualTo(0.8);

        curve.put(0.8, new QuoteTrainer.Pooled(1010, 886, 1000, 806, 100, 90)); // adds 10, 6 right
        assertThat(QuoteTrainer.chooseOption(curve, "en")).isEqualTo(2.0);
    }
}
