package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.model.Annotation;
import org.verbatim.model.QuoteKind;

/**
 * "Prentiss added:" ending a paragraph introduces the next one as his words, even when a name inside them looks like
 * a speaker to a cue model ("And from a supposed front-runner, Mara Quill, this reeks of fear"); a paragraph that
 * reports in its own right ("Quill said ...") keeps its own attribution. Learned English models; texts written for
 * this test.
 */
class IntroducedParagraphTest {
    private static final Annotator LEARNED = new Annotator();

    @Test
    void theIntroducedParagraphIsTheIntroducersBlock() {
        Annotation a = LEARNED.annotate("Dale Prentiss spoke on his radio show on Monday.\n\nPrentiss added:\n\nAnd "
                + "from a supposed front-runner, Mara Quill, this reeks of some of the greatest fear that I have ever "
                + "seen. She can’t beat this guy without stacking the deck?", null, null, "en");
        assertThat(a.quotes()).filteredOn(q -> q.text().startsWith("And from")).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("Dale Prentiss");
            assertThat(q.kind()).isEqualTo(QuoteKind.BLOCK);
        });
        assertThat(a.quotes()).noneMatch(q -> q.speaker() != null && q.speaker().name().equals("Mara Quill"));
    }

    @Test
    void aParagraphThatReportsItselfKeepsItsSpeaker() {
        Annotation a = LEARNED.annotate("Dale Prentiss spoke on his radio show on Monday.\n\nPrentiss added:\n\nMara "
                + "Quill said on Tuesday that the debate had been fair.", null, null, "en");
        assertThat(a.quotes()).anySatisfy(q -> assertThat(q.speaker().name()).isEqualTo("Mara Quill"));
    }
}
