package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Versions;

/** The quote models' version digests cover every file the annotator reads them from. */
class QuoteModelsVersionTest {
    @Test
    void everyLearnedQuoteFileIsInItsLanguagesVersion() {
        for (String lang : List.of("en", "de")) {
            String folder = String.format(QuoteModels.FOLDER, lang).substring(1);
            assertThat(Versions.modelFiles().get("quotes_" + lang)).as(lang).containsExactlyInAnyOrder(
                    folder + QuoteModels.CUES, folder + QuoteModels.CUE_MODEL, folder + QuoteModels.CUE_TREES,
                    folder + QuoteModels.SPEAKER_MODEL, folder + QuoteModels.CONTINUATION_MODEL);
        }
    }
}
