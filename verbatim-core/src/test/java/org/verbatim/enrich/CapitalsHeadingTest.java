package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.model.Annotation;
import org.verbatim.model.Entity;

/**
 * A subheading written all in capitals reads like a title-case headline: its words that the text writes in lower
 * case are no names, while a name the prose capitalises stays one. Text written for this test.
 */
class CapitalsHeadingTest {
    @Test
    void knownLowerCaseWordsInACapitalsHeadingAreNoNames() {
        Annotation a = Annotator.rulesOnly().annotate("The mayor, Jane Holt, spoke on Monday about the bridge and "
                + "the plan to repair it.\n\nWHERE IS THE REPAIR PLAN NOW FOR HOLT?\n\nHolt said the repair would "
                + "start in May, and the council said the plan was now on firmer ground.", null, null, "en");
        assertThat(a.entities()).extracting(Entity::name)
                .noneMatch(n -> n.contains("REPAIR") || n.contains("PLAN"))
                .anyMatch(n -> n.equals("HOLT") || n.equals("Jane Holt"));
    }
}
