package org.verbatim.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.verbatim.eval.Corpora;
import org.verbatim.extract.html.body.ContentModels;
import org.verbatim.learn.TreeEnsemble;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./verbatim train extractor}: the two page-type classifiers (the content one the body rules read, the
 * reported one with the page's links) and the two-stage segment scorer, trained on every
 * page of wcxb-dev, fundus and the readability tests; cuts tuned on wcxb-dev folds 0-3; written as resources of
 * verbatim-core with {@code TRAINING.md}.
 */
@Command(name = "extractor", mixinStandardHelpOptions = true,
        description = {"Trains the HTML extractor's models (page types for the content rules and for the report, "
                + "segment scorer, its second stage) on "
                + "wcxb-dev, fundus and readability, tunes the per-type cuts on wcxb-dev folds 0-3, and writes "
                + "them with TRAINING.md into verbatim-core's resources."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (with --check: the models were trained on today's features)",
                "1:--check: the features or settings changed since the models were trained; retrain",
                "2:no corpora"})
final class TrainExtractorCommand implements Callable<Integer> {
    @Mixin
    TrainingPaths paths;

    @Option(names = "--check", description = "Compute the features only and compare their digest with the one the "
            + "models in the output folder were trained on (exit 1 when they differ: the feature or labelling code "
            + "changed and the models must be retrained). Writes nothing; about a minute instead of ten.")
    boolean check;

    @Override
    public Integer call() throws IOException {
        Corpora corpora = paths.corpora();
        if (corpora == null) {
            return 2;
        }
        Path dir = paths.out("org/verbatim/extract/html/models");
        long t0 = System.nanoTime();
        List<TrainingPage> pages = TrainingPage.all(corpora);
        List<SegmentData.Item> items = SegmentData.build(pages, d -> { });
        double featureSeconds = (System.nanoTime() - t0) / 1e9;
        System.err.printf("features of %d pages in %.0f s%n", items.size(), featureSeconds);
        String digest = trainingDigest(items, ExtractorTrainer.Settings.DEFAULT);
        if (check) {
            return TrainingDigest.check(dir, digest, "./verbatim train extractor");
        }
        ExtractorTrainer trainer = new ExtractorTrainer(ExtractorTrainer.Settings.DEFAULT, System.err::println);
        ExtractorTrainer.Result result = trainer.train(items);
        List<float[]> oofSecond = trainer.outOfFoldSecond(items, result.oofFirst());
        double[] tuned = new double[ContentModels.TYPES.size()];
        float[] cuts = Cuts.tune(items, oofSecond, tuned);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Files.createDirectories(dir);
        write(dir.resolve("page-types.trees"), result.pageTypes());
        Files.write(dir.resolve("page-types-links.trees"), result.types().reported().write());
        Files.write(dir.resolve("page-words.txt"), result.types().words().write());
        write(dir.resolve("content-segments.trees"), result.segments());
        write(dir.resolve("content-stacked.trees"), result.stacked());
        Files.writeString(dir.resolve("content-cuts.properties"), Cuts.properties(cuts), StandardCharsets.UTF_8);
        TrainingDigest.write(dir, digest);
        Files.writeString(dir.resolve("TRAINING.md"), TrainingReport.extractor(items, result, oofSecond, cuts, tuned,
                ExtractorTrainer.Settings.DEFAULT, seconds, dir, digest), StandardCharsets.UTF_8);
        System.out.printf("models written to %s in %.0f s (report: TRAINING.md)%n", dir, seconds);
        return 0;
    }

    /**
     * What the models are a function of: the training settings and {@link SegmentData#digest} of the pages' features,
     * words and gold coverage. Equal digests train equal bytes; a change of the feature or labelling code that moves
     * any value changes it.
     */
    static String trainingDigest(List<SegmentData.Item> items, ExtractorTrainer.Settings settings) {
        return new TrainingDigest().text(settings.toString()).text(SegmentData.digest(items)).hex();
    }

    private static void write(Path file, TreeEnsemble model) throws IOException {
        Files.write(file, model.write());
    }

    static String sha256(Path file) throws IOException {
        return org.verbatim.enrich.fingerprint.MinHasher.sha256Hex(Files.readAllBytes(file));
    }
}
