package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.model.Annotation;
import org.verbatim.model.Entity;

/**
 * Words that open a sentence capitalised and start no name: "Neither", "Either", and a pronoun or function word with
 * a contracted verb ("I've", "They're", "Here's"), which stays a pronoun.
 */
class OpeningWordsTest {
    private static final Annotator RULES = Annotator.rulesOnly();

    private static Annotation annotate(String text) {
        return RULES.annotate(text, null, null, "en");
    }

    @Test
    void neitherOpensNoName() {
        Annotation a = annotate("Gary Calder spoke in Marrowby on Monday. Neither Calder nor his running mate would "
                + "comment on the reports. Neither believes the bridge will open.");
        assertThat(a.entities()).extracting(Entity::name).contains("Gary Calder")
                .noneMatch(n -> n.startsWith("Neither"));
    }

    @Test
    void aContractedVerbLeavesAPronounNotAName() {
        Annotation a = annotate("I\u2019ve said that the bridge must close. They're sure it will, and here is why. "
                + "Here\u2019s what the council said on Monday. We've seen it before, Jane Calder wrote.");
        assertThat(a.entities()).extracting(Entity::name).contains("Jane Calder")
                .noneMatch(n -> n.contains("\u2019") || n.contains("'"));
        assertThat(a.quotes()).isNotEmpty().allSatisfy(q -> assertThat(q.speaker() == null ? null : q.speaker().name())
                .satisfiesAnyOf(n -> assertThat(n).isNull(), n -> assertThat(n).doesNotContain("\u2019", "'")));
    }
}
