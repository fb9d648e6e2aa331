package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.model.Annotation;
import org.verbatim.model.Entity;
import org.verbatim.model.Quote;

/** "Sir Keir" after "Sir Keir Starmer": a title that takes the given name names the same person. */
class GivenNameTitleTest {
    private static final Annotator RULES = Annotator.rulesOnly();

    @Test
    void sirAndAGivenNameIsThePersonNamedInFull() {
        Annotation a = RULES.annotate("Sir Rowan Calder has defended the bridge plan. Asked about the cost, Sir Rowan "
                + "said that \"every council pays for its bridges\". Sir Rowan\u2019s office said the vote was fair.",
                null, null, "en");
        assertThat(a.entities()).extracting(Entity::name).contains("Rowan Calder").doesNotContain("Rowan");
        assertThat(a.quotes()).extracting(Quote::speaker).anySatisfy(s -> assertThat(s.name())
                .isEqualTo("Rowan Calder"));
    }

    @Test
    void aGivenNameTwoPeopleShareStaysApart() {
        Annotation a = RULES.annotate("Sir Rowan Calder and Sir Rowan Hale met on Monday. Later Sir Rowan said that "
                + "the bridge would open.", null, null, "en");
        assertThat(a.quotes()).extracting(Quote::speaker).noneSatisfy(s -> assertThat(s.name())
                .isIn("Rowan Calder", "Rowan Hale"));
    }
}
