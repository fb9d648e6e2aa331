package org.verbatim.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.verbatim.eval.Corpora;
import org.verbatim.extract.text.LineModels;
import org.verbatim.extract.text.TextFeatures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./verbatim train text}: the scraped-text path's line scorer (two stages), page classifier and learned line
 * forms, trained on every page of fundus, the readability tests and wcxb-dev rendered to WET-like text; how lines are
 * kept tuned on out-of-fold probabilities of the articles outside wcxb-dev fold 4; written as resources of
 * verbatim-core with {@code TRAINING.md}.
 */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = {"Trains the scraped-text path's models (line scorer, its second stage, page types, learned "
                + "line forms) on fundus, readability and wcxb-dev rendered to WET-like text, tunes how lines are "
                + "kept on out-of-fold probabilities (wcxb-dev folds 0-3, fundus, readability), and writes them "
                + "with TRAINING.md into verbatim-core's resources."})
final class TrainTextCommand implements Callable<Integer> {
    @Mixin
    TrainingPaths paths;

    @Option(names = "--cache", paramLabel = "FILE", description = "Keep the rendered pages' features in FILE "
            + "between runs (delete it when the renderer or the features change).")
    Path cache;

    @Option(names = "--experiment", description = "Only cross-validate over the five folds and print line-level "
            + "figures; write nothing.")
    boolean experiment;

    @Option(names = "--check", description = "Compute the features only (without --cache) and compare their digest "
            + "with the one the models in the output folder were trained on (exit 1 when they differ: the renderer, "
            + "the feature or the labelling code changed and the models must be retrained). Writes nothing.")
    boolean check;

    @Option(names = "--no-stacked", description = "Without the second stage.")
    boolean noStacked;

    @Option(names = "--dump", paramLabel = "FILE", description = "With --experiment: write each line's out-of-fold "
            + "probability, gold coverage and text to FILE (tab-separated), for reading the errors.")
    Path dump;

    @Override
    public Integer call() throws IOException {
        Corpora corpora = paths.corpora();
        if (corpora == null) {
            return 2;
        }
        long t0 = System.nanoTime();
        TextData.Set data = TextData.build(corpora, check ? null : cache, System.err::println);
        List<TextData.Page> pages = data.pages();
        System.err.printf(Locale.ROOT, "features of %d pages in %.0f s%n", pages.size(), (System.nanoTime() - t0) / 1e9);
        TextTrainer.Settings s = TextTrainer.Settings.DEFAULT;
        if (noStacked) {
            s = new TextTrainer.Settings(s.rounds(), s.depth(), s.stackedRounds(), s.stackedDepth(), s.typeRounds(),
                    s.typeDepth(), s.otherCorporaTypeWeight(), s.labelCut(), s.innerFolds(), false);
        }
        String digest = trainingDigest(pages, s);
        Path dir = paths.out("org/verbatim/extract/text/models");
        if (check) {
            return TrainingDigest.check(dir, digest, "./verbatim train text");
        }
        TextTrainer trainer = new TextTrainer(s, System.err::println);
        if (experiment) {
            TextCv.Result cv = TextCv.run(pages, trainer, System.err::println);
            LineModels.Choice tuned = ChoiceTuner.tune(pages, cv.probabilities(), System.err::println);
            if (dump != null) {
                dump(pages, cv.probabilities(), dump);
            }
            System.out.print(TextCv.figures(pages, cv.probabilities(), LineModels.Choice.DEFAULT));
            System.out.print(TextCv.figures(pages, cv.probabilities(), tuned));
            System.out.printf(Locale.ROOT, "(%.0f s)%n", (System.nanoTime() - t0) / 1e9);
            return 0;
        }
        TextTrainer.Result result = trainer.train(pages, true);
        LineModels.Choice choice = ChoiceTuner.tune(pages, result.oof(), System.err::println);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Files.createDirectories(dir);
        TrainingDigest.write(dir, digest);
        Files.write(dir.resolve("text-lines.trees"), result.lines().write());
        if (result.stacked() != null) {
            Files.write(dir.resolve("text-lines-stacked.trees"), result.stacked().write());
        } else {
            Files.deleteIfExists(dir.resolve("text-lines-stacked.trees"));
        }
        Files.write(dir.resolve("text-page-types.trees"), result.pageTypes().write());
        Files.writeString(dir.resolve("text-line-shapes.tsv"), result.shapes().write(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("text-choice.properties"), "# How lines are kept (see LineModels.Choice); "
                + "tuned by ./verbatim train text on wcxb-dev folds 0-3, fundus and readability\n"
                + choice.properties(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("TRAINING.md"), report(pages, result, choice, s, seconds, dir, digest),
                StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "models written to %s in %.0f s (report: TRAINING.md)%n", dir, seconds);
        return 0;
    }

    /** What the models are a function of: the settings and {@link TextData#digest} of the rendered pages. */
    static String trainingDigest(List<TextData.Page> pages, TextTrainer.Settings settings) {
        return new TrainingDigest().text(settings.toString()).text(TextData.digest(pages)).hex();
    }

    private static void dump(List<TextData.Page> pages, List<float[]> probs, Path file) throws IOException {
        try (java.io.BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < pages.size(); i++) {
                TextData.Page p = pages.get(i);
                for (int l = 0; l < p.lines().size(); l++) {
                    w.write(String.format(Locale.ROOT, "%s\t%s\t%d\t%d\t%.4f\t%.3f\t%s%n", p.key(), p.type(), p.fold(),
                            l, probs.get(i)[l], p.coverage()[l], p.lines().get(l).replace('\t', ' ')));
                }
            }
        }
    }

    private static String report(List<TextData.Page> pages, TextTrainer.Result r, LineModels.Choice choice,
                                 TextTrainer.Settings s, double seconds, Path dir, String digest)
            throws IOException {
        StringBuilder md = new StringBuilder("# Scraped-text models: training report\n\n");
        md.append("Written by `./verbatim train text` (module verbatim-train, XGBoost; seeded, 2 threads, histogram "
                + "method: the same data give the same bytes). ")
                .append(String.format(Locale.ROOT, "Took %.0f s.%n%n", seconds));
        md.append("## Data\n\nEvery page of fundus, the readability tests and wcxb-dev, rendered to WET-like text by "
                + "`TextRenderer` (`./verbatim render-text`: the title first, then one line per block of visible "
                + "text), with the same gold as the HTML pages.\n\n");
        md.append("Training data digest (the settings and every rendered page's lines, features and gold coverage; "
                + "`./verbatim train text --check` recomputes it, and a test fails when the models were trained on "
                + "other features): `").append(digest).append("`, also in `").append(TrainingDigest.FILE)
                .append("`.\n\n");
        Map<String, int[]> counts = new TreeMap<>();
        for (TextData.Page p : pages) {
            int[] c = counts.computeIfAbsent(p.corpus() + " / " + p.type(), k -> new int[2]);
            c[0]++;
            c[1] += p.lines().size();
        }
        md.append("| corpus / page type | pages | lines |\n|---|---|---|\n");
        counts.forEach((k, c) -> md.append("| ").append(k).append(" | ").append(c[0]).append(" | ").append(c[1])
                .append(" |\n"));
        md.append("\nLicences: wcxb-dev (Web Content Extraction Benchmark, Murrough Foley 2026) is CC-BY-4.0; the "
                + "fundus gold comes from the fundus project's per-publisher parsers; the readability test pages "
                + "and their expected output are Mozilla Readability's test suite (Apache-2.0). The pages themselves "
                + "belong to their publishers and are not shipped: only the trees and the table of line forms "
                + "learned from them are.\n\n");
        md.append("A line is labelled content when at least half of its word trigrams (or, under three words, its "
                + "words as a run) occur in the page's gold main text. A line weighs its share of the page's words "
                + "times the page's line count. Pages are split by site into inner folds: a page's line-form "
                + "columns and its second-stage inputs come from what was learned without its site. A line form "
                + "enters the table only when pages of at least " + ShapeLearner.MIN_SITES + " sites show it.\n\n");
        md.append("## Models\n\n| file | what | trees | features | bytes | sha-256 |\n|---|---|---|---|---|---|\n");
        TrainingReport.row(md, dir, "text-lines.trees", "line is content (first stage)", r.lines().trees(),
                TextFeatures.LINE_NAMES.size());
        if (r.stacked() != null) {
            TrainingReport.row(md, dir, "text-lines-stacked.trees",
                    "line is content (second stage: the first stage's view of "
                    + "the surroundings)", r.stacked().trees(), TextFeatures.STACKED_NAMES.size());
        }
        TrainingReport.row(md, dir, "text-page-types.trees",
                "page type (softmax over " + LineModels.TYPES.size() + " types)",
                r.pageTypes().trees(), TextFeatures.PAGE_NAMES.size());
        TrainingReport.row(md, dir, "text-line-shapes.tsv", "learned line forms and prefixes (log-odds of content)",
                r.shapes().size(), 0);
        md.append(String.format(Locale.ROOT, "%nSettings: %s.%n%n", s));
        md.append("## How lines are kept (tuned on out-of-fold probabilities of the articles of wcxb-dev folds 0-3, "
                + "fundus and readability)\n\n").append(String.format(Locale.ROOT, "%s%n%n", choice));
        md.append("## Out-of-fold figures\n\nEach page scored by models that did not see its site (inner folds); "
                + "mean bag-of-words F1 of the kept lines against the gold, next to the lines of the rules' body. "
                + "These are line-level figures; the text path's own are `./verbatim eval --suite text --cv`.\n\n");
        md.append(TextCv.figures(pages, r.oof(), choice));
        return md.toString();
    }
}
