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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.json.ArticleJson;
import org.verbatim.model.Article;
import org.verbatim.model.Block;
import org.verbatim.model.Timestamp;

/**
 * The {@code wcxb} suite must agree with {@code ../shared/tools/score_wcxb.py} to 1e-6 on the same predictions:
 * here the gold itself, perturbed with a seeded Random (paragraphs dropped, doubled, junk and snippets added; titles
 * re-cased and re-quoted; bylines split, shortened or credentialed; dates moved or dropped).
 */
class WcxbScorerAgreementTest {
    private static final long SEED = Long.getLong("verbatim.seed", 20261204L);
    private static final String[] JUNK = {"Share on Facebook", "Subscribe to our newsletter", "Ünïcödé wörds",
        "Add to cart", "© 2025 All rights reserved", "Reply Quote Report"};

    @TempDir
    Path tmp;

    @Test
    void figuresMatchTheReferenceScorer() throws Exception {
        Corpora corpora = SharedCorpora.require();
        assumeTrue(WcxbCorpus.present(corpora.shared()), "skipped: no wcxb-dev corpus under " + corpora.shared());
        Path scorer = corpora.shared().resolve("tools/score_wcxb.py");
        assumeTrue(Files.exists(scorer), "skipped: no reference scorer at " + scorer);
        String python = python();
        assumeTrue(python != null, "skipped: python3 is not installed");
        List<WcxbCorpus.Page> pages = WcxbCorpus.load(corpora.shared());
        Random rnd = new Random(SEED);
        List<Article> predicted = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (WcxbCorpus.Page p : pages) {
            Article a = perturbed(p, rnd);
            predicted.add(a);
            lines.add(ArticleJson.toLine(a));
        }
        Path pred = tmp.resolve("pred.jsonl");
        Files.write(pred, lines, StandardCharsets.UTF_8);
        JsonNode ref = reference(python, scorer, corpora, pred);

        Map<String, Double> ours = new LinkedHashMap<>();
        WcxbEval.score("w", pages, predicted, ours, new ObjectMapper().createObjectNode());
        assertThat(ours.get("w.f1")).as("F1").isCloseTo(ref.get("f1").asDouble(), within(1e-6));
        assertThat(ours.get("w.precision")).isCloseTo(ref.get("precision").asDouble(), within(1e-6));
        assertThat(ours.get("w.recall")).isCloseTo(ref.get("recall").asDouble(), within(1e-6));
        assertThat(ours.get("w.with_rate")).isCloseTo(ref.get("with_rate").asDouble(), within(1e-6));
        assertThat(ours.get("w.without_rate")).isCloseTo(ref.get("without_rate").asDouble(), within(1e-6));
        ref.get("by_type").fields().forEachRemaining(e -> assertThat(ours.get("w." + e.getKey() + ".f1"))
                .as("F1 of " + e.getKey()).isCloseTo(e.getValue().get("f1").asDouble(), within(1e-6)));
        JsonNode meta = ref.get("metadata");
        assertThat(ours.get("w.title.exact")).as("title").isCloseTo(meta.get("title").get("score").asDouble(),
                within(1e-6));
        assertThat(ours.get("w.date.accuracy")).as("date").isCloseTo(meta.get("date").get("score").asDouble(),
                within(1e-6));
        assertThat(ours.get("w.authors.f1")).as("authors").isCloseTo(meta.get("authors_f1").get("score")
                .asDouble(), within(1e-6));
        assertThat(predicted.stream().filter(a -> !a.credits().isEmpty()).count()).as("pages with credits")
                .isGreaterThan(50);
        assertThat(ours.get("w.f1")).as("the perturbation leaves a non-trivial score").isBetween(0.3, 0.99);
        assertThat(ours.get("w.authors.f1")).as("non-trivial byline score").isBetween(0.2, 0.99);
        assertThat(ours.get("w.title.exact")).as("non-trivial title score").isBetween(0.2, 0.99);
        for (String fold : new String[] {"4", "0,1,2,3"}) {
            JsonNode m = reference(python, scorer, corpora, pred, "--type", "article", "--folds", fold).get("metadata");
            String name = "w.article." + (fold.length() == 1 ? "fold" + fold : "folds0-3");
            assertThat(ours.get(name + ".title.exact")).as(name + " title")
                    .isCloseTo(m.get("title").get("score").asDouble(), within(1e-6));
            assertThat(ours.get(name + ".date.accuracy")).as(name + " date")
                    .isCloseTo(m.get("date").get("score").asDouble(), within(1e-6));
            assertThat(ours.get(name + ".authors.f1")).as(name + " authors")
                    .isCloseTo(m.get("authors_f1").get("score").asDouble(), within(1e-6));
        }
    }

    /** The reference scorer's JSON on {@code pred}, with extra arguments ({@code --folds}, {@code --type}). */
    private JsonNode reference(String python, Path scorer, Corpora corpora, Path pred, String... args)
            throws Exception {
        Path json = Files.createTempFile(tmp, "ref", ".json");
        List<String> cmd = new ArrayList<>(List.of(python, scorer.toString(),
                corpora.shared().resolve("corpora/wcxb-dev").toString(), pred.toString(), "--json", json.toString()));
        cmd.addAll(List.of(args));
        Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(proc.waitFor()).as("score_wcxb.py exit code; output:\n" + log).isZero();
        return new ObjectMapper().readTree(json.toFile());
    }

    private static Article perturbed(WcxbCorpus.Page p, Random rnd) {
        List<Block> blocks = new ArrayList<>();
        for (String para : p.content().split("\n\n")) {
            int roll = rnd.nextInt(10);
            if (roll == 1) {
                blocks.add(Block.paragraph(JUNK[rnd.nextInt(JUNK.length)]));
            } else if (roll == 3 && !p.without().isEmpty()) {
                blocks.add(Block.paragraph(p.without().get(rnd.nextInt(p.without().size()))));
            }
            if (roll != 0 && !para.isBlank()) {
                blocks.add(Block.paragraph(para));
            }
            if (roll == 2 && !para.isBlank()) {
                blocks.add(Block.paragraph(para.toUpperCase(Locale.ROOT)));
            }
        }
        if (rnd.nextInt(15) == 0) {
            blocks.clear();
        }
        List<String> authors = new ArrayList<>(authors(p.author(), rnd));
        // a team credit goes to credits, which the scorer counts with the authors: move one there now and then
        List<String> credits = !authors.isEmpty() && rnd.nextInt(5) == 0 ? List.of(authors.remove(authors.size() - 1))
                : rnd.nextInt(8) == 0 ? List.of("Editorial Team") : List.of();
        return Article.builder().source("/x/html/" + p.id() + ".html.gz").title(title(p.title(), rnd))
                .authors(authors).credits(credits).published(date(p.date(), rnd)).blocks(blocks).build();
    }

    private static String title(String gold, Random rnd) {
        if (gold == null) {
            return rnd.nextBoolean() ? null : "Home";
        }
        return switch (rnd.nextInt(6)) {
            case 0 -> gold.toUpperCase(Locale.ROOT);
            case 1 -> gold.replace('\'', '\u2019').replace('-', '\u2013');
            case 2 -> gold + " | Site";
            case 3 -> "  " + gold.replace(" ", "\u00a0 ") + " ";
            default -> gold;
        };
    }

    private static List<String> authors(String gold, Random rnd) {
        if (gold == null || gold.isBlank()) {
            return rnd.nextInt(4) == 0 ? List.of("Staff Writer") : List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : gold.split(",|;| and |&")) {
            if (!part.isBlank() && rnd.nextInt(5) != 0) {
                out.add(rnd.nextInt(7) == 0 ? part.strip() + ", MD" : part.strip());
            }
        }
        return out;
    }

    private static Timestamp date(String gold, Random rnd) {
        int roll = rnd.nextInt(6);
        if (gold == null || gold.length() < 10) {
            return roll == 0 ? Timestamp.parse("2025-01-01") : null;
        }
        Timestamp t = Timestamp.parse(gold.substring(0, 10));
        return roll == 0 ? null : roll == 1 ? new Timestamp(t.date().plusDays(1)) : t;
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
