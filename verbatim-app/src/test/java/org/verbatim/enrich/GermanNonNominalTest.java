package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.model.Annotation;

/**
 * A German pronominal adverb or a pronoun for things that opens a sentence ("Darüber hinaus ...", "Beides weist er
 * zurück") forms no noun phrase, so it never speaks, with the learned German models. Sentences written for this test.
 */
class GermanNonNominalTest {
    private static final Annotator LEARNED = new Annotator();

    @Test
    void aPronominalAdverbOrAThingPronounNeverSpeaks() {
        Annotation a = LEARNED.annotate("Dem Abgeordneten werden Betrug und Drogenkonsum vorgeworfen. Beides weist der "
                + "42-Jährige zurück.\n\nDie Händler bräuchten niedrigere Gebühren, sagte die Expertin Lena Brandt. "
                + "Darüber hinaus müsse es auch Rabattaktionen geben.", null, null, "de");
        assertThat(a.quotes()).isNotEmpty().allSatisfy(q -> assertThat(q.speaker() == null ? "" : q.speaker().name())
                .isNotIn("Beides", "Darüber"));
    }
}
