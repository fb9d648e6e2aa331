package org.verbatim.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.model.Versions;

/** The scraped-text models have a version, a digest of every file they are read from. */
class LineModelsVersionTest {
    @Test
    void everyTextModelFileIsInTheVersion() {
        String dir = "org/verbatim/extract/text/";
        assertThat(Versions.modelFiles().get("text_lines")).containsExactlyInAnyOrder(dir + LineModels.LINES,
                dir + LineModels.STACKED, dir + LineModels.PAGE_TYPES, dir + LineModels.SHAPES,
                dir + LineModels.CHOICE);
        assertThat(Versions.modelVersions().get("text_lines")).hasSize(12);
    }
}
