package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.model.Annotation;

/**
 * A unit letter after a degree sign or a number ("25°F", "10K") is no name, so it speaks nothing, with the learned
 * English models. Text written for this test.
 */
class UnitLetterTest {
    private static final Annotator LEARNED = new Annotator();

    @Test
    void aUnitLetterSpeaksNothing() {
        Annotation a = LEARNED.annotate("The Alpine 20 is one of the warmest bags we tested. It is rated to 32°F, "
                + "but I used it several nights in the mountains in temps down to 25°F and found it plenty warm.",
                null, null, "en");
        assertThat(a.quotes()).noneMatch(q -> q.speaker() != null && "F".equals(q.speaker().name()));
        assertThat(a.entities()).noneMatch(e -> e.name().equals("F"));
    }
}
