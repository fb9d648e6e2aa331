package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.model.Annotation;
import org.verbatim.model.Quote;

/**
 * "Trump's campaign said" is the campaign's statement, not the candidate's, with the learned English models: the speaker
 * is the whole phrase. Sentences written for this test.
 */
class OwnedAgentTest {
    private static final Annotator LEARNED = new Annotator();

    @Test
    void aCampaignOrASpokesmanSpeaksNotTheirPrincipal() {
        Annotation a = LEARNED.annotate("Dana Whitfield spoke in Ohio on Monday.\n\nWhitfield's campaign said the rally "
                + "drew 20,000 people.\n\nMarco Delgado's spokesman said the figure was inflated.", null, null, "en");
        assertThat(a.quotes()).extracting(q -> q.speaker() == null ? null : q.speaker().name())
                .containsExactly("Whitfield's campaign", "Marco Delgado's spokesman");
    }

    @Test
    void aPossessiveBeforeAnotherWordStaysTheSpeaker() {
        Annotation a = LEARNED.annotate("Dana Whitfield spoke in Ohio on Monday.\n\nWhitfield's own words were clear: "
                + "she said the plan would pass.", null, null, "en");
        assertThat(a.quotes()).extracting(Quote::speaker).isNotEmpty()
                .allSatisfy(s -> assertThat(s == null ? "" : s.name()).doesNotContain("words"));
    }

    @Test
    void aCampaignAfterAQuotationSpeaksAndIsNotQuoted() {
        Annotation a = LEARNED.annotate("Dana Whitfield spoke in Ohio on Monday.\n\n\"The rally was huge,\" "
                + "Whitfield's campaign said in a statement.", null, null, "en");
        assertThat(a.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("Whitfield's campaign");
            assertThat(q.text()).doesNotContain("campaign");
        });
    }

    @Test
    void aSpokesmanAfterTheCueSpeaks() {
        Annotation a = LEARNED.annotate("Dana Whitfield spoke in Ohio on Monday.\n\n\"The figure was inflated,\" said "
                + "Whitfield's spokesman.", null, null, "en");
        assertThat(a.quotes()).extracting(q -> q.speaker() == null ? null : q.speaker().name())
                .containsExactly("Whitfield's spokesman");
    }
}
