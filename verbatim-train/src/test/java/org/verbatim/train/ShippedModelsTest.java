package org.verbatim.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.verbatim.eval.Corpora;

/**
 * The shipped models must be what {@code ./verbatim train extractor} and {@code ./verbatim train text} make of today's
 * code: a change to how features or labels are computed, left without a retraining, leaves models trained on other
 * inputs (their figures then drift from what training and cross-validation report, and nobody can rebuild them).
 */
class ShippedModelsTest {
    @Test
    void theExtractorsModelsWereTrainedOnTheFeaturesTodaysCodeComputes() throws IOException {
        Corpora corpora = corpora();
        List<SegmentData.Item> items = SegmentData.build(TrainingPage.all(corpora), d -> { });
        assertThat(TrainExtractorCommand.trainingDigest(items, ExtractorTrainer.Settings.DEFAULT))
                .as("digest of today's training data; when it differs, run ./verbatim train extractor")
                .isEqualTo(recorded("/org/verbatim/extract/html/models/"));
    }

    @Test
    void theTextPathsModelsWereTrainedOnTheFeaturesTodaysCodeComputes() throws IOException {
        Corpora corpora = corpora();
        List<TextData.Page> pages = TextData.build(corpora, null, line -> { }).pages();
        assertThat(TrainTextCommand.trainingDigest(pages, TextTrainer.Settings.DEFAULT))
                .as("digest of today's rendered training pages; when it differs, run ./verbatim train text")
                .isEqualTo(recorded("/org/verbatim/extract/text/models/"));
    }

    private String recorded(String folder) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(folder + TrainingDigest.FILE)) {
            assertThat(in).as("the training data digest in " + folder).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }

    private static Corpora corpora() {
        Corpora corpora = new Corpora(shared());
        Assumptions.assumeTrue(corpora.present(),
                "shared corpora not found at " + shared() + ": skipping the shipped models' freshness check");
        return corpora;
    }

    private static Path shared() {
        String prop = System.getProperty("verbatim.shared");
        Path p = prop == null || prop.isBlank() || prop.contains("${") ? Path.of("..", "shared") : Path.of(prop);
        return Files.isDirectory(p) ? p.toAbsolutePath().normalize() : Path.of("..", "..", "shared").toAbsolutePath()
                .normalize();
    }
}
