package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.model.Annotation;

/** "In a ... poll, CONTENT": a sentence-opening poll frame reports the clause after its comma. */
class PollFrameTest {
    private static final Annotator RULES = Annotator.rulesOnly();

    private static Annotation annotate(String sentence) {
        return RULES.annotate(sentence + "\n\nThe council met on Monday.", null, null, "en");
    }

    @Test
    void aPollFrameReportsTheClauseAfterItsComma() {
        Annotation a = annotate("In a Meridian Herald poll released Monday, 54 percent of voters backed the bridge plan.");
        assertThat(a.quotes()).hasSize(1);
        assertThat(a.quotes().get(0).text()).isEqualTo("54 percent of voters backed the bridge plan");
        assertThat(a.quotes().get(0).cue()).isEqualTo("In");
        assertThat(a.quotes().get(0).speakerMention().text()).isEqualTo("a Meridian Herald poll released Monday");
    }

    @Test
    void aFrameWithoutAPollIsNoSource() {
        assertThat(annotate("In Marrowby, 54 percent of voters backed the bridge plan.").quotes())
                .noneMatch(q -> "In".equals(q.cue()));
    }

    @Test
    void aPollInsideAClauseOfTheFrameIsNoSource() {
        assertThat(annotate("In eight of nine towns where polls were held, voters backed the bridge plan.").quotes())
                .noneMatch(q -> "In".equals(q.cue()));
    }

    @Test
    void aNamedReporterInTheClauseKeepsItsStatement() {
        Annotation a = annotate("In a memo released as the polls closed, Jane Calder acknowledged the defeat.");
        assertThat(a.quotes()).noneMatch(q -> "In".equals(q.cue()));
        Annotation b = annotate("In an online poll of 800 voters, Meridian Research said that the plan was popular.");
        assertThat(b.quotes()).noneMatch(q -> "In".equals(q.cue()));
    }

    @Test
    void aStandingInAMidSentencePollReportsTheClauseBeforeIt() {
        Annotation a = annotate("Jane Calder holds a narrow lead in the latest Meridian Herald poll released Monday.");
        assertThat(a.quotes()).hasSize(1);
        assertThat(a.quotes().get(0).text()).isEqualTo("Jane Calder holds a narrow lead");
        assertThat(a.quotes().get(0).cue()).isEqualTo("in");
        assertThat(a.quotes().get(0).speakerMention().text())
                .isEqualTo("the latest Meridian Herald poll released Monday");
    }

    @Test
    void aPlaceBeforeThePollStaysInTheContent() {
        Annotation a = annotate("Jane Calder leads by ten points in Marrowby in a new Meridian Herald poll.");
        assertThat(a.quotes()).hasSize(1);
        assertThat(a.quotes().get(0).text()).isEqualTo("Jane Calder leads by ten points in Marrowby");
        assertThat(a.quotes().get(0).speakerMention().text()).isEqualTo("a new Meridian Herald poll");
    }

    @Test
    void aBarePollPhraseOrAnExitPollIsNoSource() {
        assertThat(annotate("Jane Calder holds a narrow lead in the polls ahead of the vote.").quotes())
                .noneMatch(q -> "in".equals(q.cue()));
        assertThat(annotate("Turnout rose sharply in the exit polls taken in Marrowby.").quotes())
                .noneMatch(q -> "in".equals(q.cue()));
    }
}
