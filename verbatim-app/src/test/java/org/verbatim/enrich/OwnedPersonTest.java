package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.model.Annotation;

/**
 * A person named after an owner ("KNBC's Dana Ruel", "Whitfield's campaign manager Ron Fiske") speaks, not the owner,
 * and a quotation before such a phrase ends at its quotation mark. Learned English models; sentences written for this
 * test.
 */
class OwnedPersonTest {
    private static final Annotator LEARNED = new Annotator();

    @Test
    void theAnchorAfterTheCueSpeaksNotTheNetwork() {
        Annotation a = LEARNED.annotate("“The map has changed,” said KNBC’s Dana Ruel.", null, null, "en");
        assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Dana Ruel"));
    }

    @Test
    void theQuotationStopsBeforeTheOwner() {
        Annotation a = LEARNED.annotate("“The emails are a distraction,” Dana Whitfield's campaign manager Ron Fiske "
                + "told reporters on Monday.", null, null, "en");
        assertThat(a.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("Ron Fiske");
            assertThat(q.text()).isEqualTo("“The emails are a distraction,”");
        });
    }

    @Test
    void anOwnerBeforeARoleWithoutANameStillGivesWayToThePhrase() {
        Annotation a = LEARNED.annotate("Whitfield's campaign manager said the rally drew 20,000 people.", null, null,
                "en");
        assertThat(a.quotes()).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Whitfield's campaign manager"));
    }
}
