package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.model.EntityType;
import org.verbatim.model.QuoteKind;
import org.verbatim.model.Span;

/**
 * A content without the frame that attributes it (issue 16, exact spans): when the cue and its speaker open or close
 * the span, the annotators' content is the rest ("Er sagte, dass A": "dass A"; "A, sagte der Minister": "A"); a frame
 * inside the content, or a speaker mention away from its cue, leaves the span as it is. A preposition that ends a
 * phrasal cue before a noun phrase is no content either ("referring to the plan": "the plan").
 */
class OwnFrameTest {
    private static final RuleTokenizer TOKENS = new RuleTokenizer();
    private static final Segmenter SEGMENTER = new Segmenter(new RuleSentenceSplitter(TOKENS), TOKENS);

    /** The content left of a span over all of {@code text} but its final period, with the given cue and speaker. */
    private static String content(String text, String cue, String speaker) {
        Doc d = SEGMENTER.segment(text, "de");
        int c = token(d, cue, 0);
        int s = speaker == null ? -1 : token(d, speaker.split(" ")[0], 0);
        int sLast = speaker == null ? -1 : s + speaker.split(" ").length;
        Span whole = new Span(0, text.length() - 1);
        Found f = new Found(whole, QuoteKind.INDIRECT, c, c + 1, s, sLast, null, EntityType.UNKNOWN, 0);
        return QuoteFinder.withoutOwnFrame(d, f).span().of(text);
    }

    private static int token(Doc d, String word, int from) {
        for (int k = from; k < d.tokens(); k++) {
            if (d.text.substring(d.start[k], d.end[k]).equals(word)) {
                return k;
            }
        }
        throw new AssertionError("no token " + word);
    }

    @Test
    void aFrameThatOpensTheSpanIsNoContent() {
        assertThat(content("Er sagte, dass die Lage ernst sei.", "sagte", "Er"))
                .isEqualTo("dass die Lage ernst sei");
    }

    @Test
    void aFrameThatClosesTheSpanIsNoContent() {
        assertThat(content("Die Lage sei ernst, sagte der Minister.", "sagte", "der Minister"))
                .isEqualTo("Die Lage sei ernst");
    }

    @Test
    void aFrameInsideTheContentStays() {
        assertThat(content("Die Lage sei nach Angaben der Polizei ernst.", "nach", null))
                .isEqualTo("Die Lage sei nach Angaben der Polizei ernst");
    }

    @Test
    void aQuotationClosedByItsFrameAndASettingIsTheQuotation() {
        assertThat(content("„Die Lage ist ernst“, sagte Kessler vor rund 150 Anhängern.", "sagte", "Kessler"))
                .isEqualTo("„Die Lage ist ernst“");
        // more after the frame than a setting: it may be content too, so the span stays
        assertThat(content("„Die Lage ist ernst“, sagte Kessler und fügte hinzu, die Stadt müsse sparen.", "sagte",
                "Kessler")).isEqualTo("„Die Lage ist ernst“, sagte Kessler und fügte hinzu, die Stadt müsse sparen");
        // unquoted words before the frame: the frame is inside the content
        assertThat(content("Die Lage sei ernst, sagte Kessler vor rund 150 Anhängern.", "sagte", "Kessler"))
                .isEqualTo("Die Lage sei ernst, sagte Kessler vor rund 150 Anhängern");
    }

    @Test
    void aSpeakerAwayFromItsCueLeavesTheSpan() {
        assertThat(content("Er starb am Samstag, teilte die Universität mit.", "teilte", "Er"))
                .isEqualTo("Er starb am Samstag, teilte die Universität mit");
    }

    /** The content left of an English span from {@code from} to the final period, cue and speaker aside. */
    private static String english(String text, String from) {
        Doc d = SEGMENTER.segment(text, "en");
        Span span = new Span(text.indexOf(from), text.length() - 1);
        Found f = new Found(span, QuoteKind.INDIRECT, -1, -1, -1, -1, null, EntityType.UNKNOWN, 0);
        return QuoteFinder.afterCuePreposition(d, f).span().of(text);
    }

    @Test
    void aPrepositionBeforeANounPhraseEndsTheCue() {
        assertThat(english("He kept referring to the plan.", "to the")).isEqualTo("the plan");
        assertThat(english("She described him as a fraud.", "as a")).isEqualTo("a fraud");
        assertThat(english("He pointed to Cruz's record.", "to Cruz")).isEqualTo("Cruz's record");
    }

    @Test
    void aParticleOfAPhrasalCueIsNoContent() {
        assertThat(english("He pointed out that the law had changed.", "out that"))
                .isEqualTo("that the law had changed");
    }

    @Test
    void toBeforeAVerbOpensTheContent() {
        assertThat(english("He vowed to build a wall.", "to build")).isEqualTo("to build a wall");
    }

    @Test
    void germanListsNoSuchPreposition() {
        Doc d = SEGMENTER.segment("Er sprach to the point.", "de");
        Found f = new Found(new Span(10, 22), QuoteKind.INDIRECT, -1, -1, -1, -1, null, EntityType.UNKNOWN, 0);
        assertThat(QuoteFinder.afterCuePreposition(d, f).span().of(d.text)).isEqualTo("to the point");
    }
}
