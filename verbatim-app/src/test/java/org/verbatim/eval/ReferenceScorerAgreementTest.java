package org.verbatim.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our body metric must agree with the reference scorer ../shared/tools/score_body.py to 1e-6. Predictions are the
 * fundus gold texts perturbed with a seeded Random (paragraphs dropped, duplicated, junk and foreign scripts added).
 */
class ReferenceScorerAgreementTest {
    private static final long SEED = Long.getLong("verbatim.seed", 20261129L);
    private static final String[] JUNK = {"Share on Facebook", "Lesen Sie auch: ", "東京の天気 ", "नमस्ते दुनिया ",
        "مرحبا بالعالم ", "café\u0301 au lait", "Read more", "© 2024 Example News"};

    @TempDir
    Path tmp;

    @Test
    void bodyFiguresMatchTheReferenceScorer() throws Exception {
        Corpora corpora = SharedCorpora.require();
        Path scorer = corpora.shared().resolve("tools/score_body.py");
        assumeTrue(Files.exists(scorer), "skipped: no reference scorer at " + scorer);
        assumeTrue(python() != null, "skipped: python3 is not installed");
        ObjectMapper m = new ObjectMapper().enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS.mappedFeature());
        ObjectNode gold = m.createObjectNode();
        ObjectNode pred = m.createObjectNode();
        List<BodyMetric.PageScore> rows = new ArrayList<>();
        Random rnd = new Random(SEED);
        for (Corpora.GoldPage p : corpora.fundus()) {
            String g = p.body() == null ? "" : p.body();
            String q = perturb(g, rnd);
            gold.putObject(p.id()).put("articleBody", g);
            pred.putObject(p.id()).put("articleBody", q);
            rows.add(BodyMetric.score(p.id(), g, q));
        }
        Path gf = tmp.resolve("gold.json");
        Path pf = tmp.resolve("pred.json");
        m.writeValue(gf.toFile(), gold);
        m.writeValue(pf.toFile(), pred);
        Process proc = new ProcessBuilder(python(), scorer.toString(), gf.toString(), pf.toString(),
                "--bootstrap", "0", "--json").redirectErrorStream(false).start();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(proc.waitFor()).as("score_body.py exit code").isZero();
        JsonNode ref = m.readTree(out);
        BodyMetric.Result ours = BodyMetric.aggregate(rows);
        assertThat(ours.precision()).as("precision, seed " + SEED).isCloseTo(ref.get("precision").asDouble(), within(1e-6));
        assertThat(ours.recall()).as("recall, seed " + SEED).isCloseTo(ref.get("recall").asDouble(), within(1e-6));
        assertThat(ours.f1()).as("F1, seed " + SEED).isCloseTo(ref.get("f1").asDouble(), within(1e-6));
        assertThat(ours.exact()).as("exact").isCloseTo(ref.get("accuracy").asDouble(), within(1e-6));
        assertThat(ours.f1()).as("the perturbation must leave a non-trivial score").isBetween(0.2, 0.99);
    }

    private static String perturb(String gold, Random rnd) {
        String[] paras = gold.split("\n\n");
        StringBuilder sb = new StringBuilder();
        for (String para : paras) {
            int roll = rnd.nextInt(10);
            if (roll == 0) {
                continue; // dropped
            }
            if (roll == 1) {
                sb.append(JUNK[rnd.nextInt(JUNK.length)]).append("\n\n");
            }
            sb.append(para).append("\n\n");
            if (roll == 2) {
                sb.append(para).append("\n\n"); // duplicated
            }
        }
        return rnd.nextInt(20) == 0 ? "" : sb.toString();
    }

    private static String python() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, "python3");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }
}
