package org.verbatim.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtractorTrainerSettingsTest {
    private static final ExtractorTrainer.Settings D = ExtractorTrainer.Settings.DEFAULT;

    @Test
    void pageTypeSettingsLeaveTheSegmentKeyAlone() {
        ExtractorTrainer.Settings types = new ExtractorTrainer.Settings(D.segmentRounds(), D.segmentDepth(),
                D.stackedRounds(), D.stackedDepth(), D.typeRounds() + 50, D.typeDepth() + 2,
                D.otherCorporaTypeWeight() / 2, D.typeClassBalance() + 1, D.labelCut(), D.innerFolds(), D.reportedSeeds() + 2);
        assertThat(types.segments()).isEqualTo(D.segments());
    }

    @Test
    void segmentSettingsChangeTheSegmentKey() {
        ExtractorTrainer.Settings deeper = new ExtractorTrainer.Settings(D.segmentRounds(), D.segmentDepth() + 1,
                D.stackedRounds(), D.stackedDepth(), D.typeRounds(), D.typeDepth(), D.otherCorporaTypeWeight(),
                D.typeClassBalance(), D.labelCut(), D.innerFolds(), D.reportedSeeds());
        ExtractorTrainer.Settings cut = new ExtractorTrainer.Settings(D.segmentRounds(), D.segmentDepth(),
                D.stackedRounds(), D.stackedDepth(), D.typeRounds(), D.typeDepth(), D.otherCorporaTypeWeight(),
                D.typeClassBalance(), D.labelCut() + 0.1, D.innerFolds(), D.reportedSeeds());
        assertThat(deeper.segments()).isNotEqualTo(D.segments());
        assertThat(cut.segments()).isNotEqualTo(D.segments());
    }
}
