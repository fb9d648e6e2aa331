package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Annotation;

/**
 * A text known to be in a language other than English and German gets the quote rules alone: English cue words and
 * models, learned from English text, would read its words as English ones. Here a learned English lexicon and a cue
 * model that accepts every candidate make "dijo" a cue word in English, and only there.
 */
class OtherLanguageQuotesTest {
    private static final String TEXT = "El ministro Tomás Ferrer dijo el lunes en Madrid que el puente cerrará en abril.";

    private static Annotator withEagerEnglishModel() {
        LinearModel yes = new LinearModel(Map.of(LinearModel.BIAS, 10.0, LinearModel.THRESHOLD, 0.5));
        QuoteModels models = QuoteModels.of(Map.of("en", new QuoteModels.Language(Map.of("dijo", new int[] {50, 50}),
                yes, null, null)));
        return new Annotator(false, models);
    }

    @Test
    void theEnglishModelsReadOnlyEnglishOrUnplacedText() {
        Annotator a = withEagerEnglishModel();
        Annotation english = a.annotate(TEXT, null, null, "en");
        Annotation spanish = a.annotate(TEXT, null, null, "es");
        Annotation rules = new Annotator(false, QuoteModels.none())
                .annotate(TEXT, null, null, "es");
        assertThat(english.quotes()).as("read as English, the learned cue word attributes").isNotEmpty();
        assertThat(spanish.quotes()).as("read as Spanish, the rules alone").isEqualTo(rules.quotes());
        assertThat(spanish.quotes()).noneMatch(q -> "dijo".equals(q.cue()));
    }
}
