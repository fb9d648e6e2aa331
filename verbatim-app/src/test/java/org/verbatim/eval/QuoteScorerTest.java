package org.verbatim.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScorerTest {
    private static final String TEXT = "Mr. Smith said the plan works. Later, he said it failed. Nobody agreed.";
    private static final QuoteScorer.Gold PLAN = new QuoteScorer.Gold(List.of(new int[] {15, 29}), "Mr. Smith",
            List.of(new int[] {0, 9}), "indirect");
    private static final QuoteScorer.Gold FAILED = new QuoteScorer.Gold(List.of(new int[] {46, 55}), "he",
            List.of(new int[] {38, 40}), "direct");

    private static QuoteScorer.Counts score(QuoteScorer.Pred... preds) {
        return QuoteScorer.score(List.of(new QuoteScorer.Doc("d", TEXT, List.of(PLAN, FAILED), List.of(preds))));
    }

    @Test
    void overlapStrictAndFalsePositives() {
        QuoteScorer.Counts c = score(new QuoteScorer.Pred(15, 29, "John Smith", 0, 9, null),
                new QuoteScorer.Pred(49, 64, null, null, null, null),
                new QuoteScorer.Pred(58, 70, null, null, null, null));
        assertThat(c.nPred).isEqualTo(3);
        assertThat(c.tpPredOverlap).isEqualTo(2);
        assertThat(c.tpPredStrict).isEqualTo(1);
        assertThat(c.hitOverlap[0]).isEqualTo(2);
        assertThat(c.hitStrict[0]).isEqualTo(1);
        assertThat(c.nGold[2]).isEqualTo(1);
        assertThat(c.hitOverlap[2]).isEqualTo(1);
    }

    @Test
    void strictAllowsTwoCharactersAndTrimsWhitespace() {
        assertThat(score(new QuoteScorer.Pred(13, 31, null, null, null, null)).tpPredStrict).isEqualTo(1);
        assertThat(score(new QuoteScorer.Pred(12, 29, null, null, null, null)).tpPredStrict).isZero();
    }

    @Test
    void namedSourcesAreJudgedByLastNameAndPronounsByMention() {
        QuoteScorer.Counts ok = score(new QuoteScorer.Pred(15, 29, "John Smith", 0, 9, null),
                new QuoteScorer.Pred(46, 55, "John Smith", 38, 40, null));
        assertThat(ok.named).isEqualTo(1);
        assertThat(ok.nameOk).isEqualTo(1);
        assertThat(ok.unnamed).isEqualTo(1);
        assertThat(ok.unnamedMentionOk).isEqualTo(1);
        QuoteScorer.Counts wrong = score(new QuoteScorer.Pred(15, 29, "Jones", 44, 49, null));
        assertThat(wrong.nameOk).isZero();
        assertThat(wrong.mentionOk).isZero();
    }

    @Test
    void goldHeadSkipsTitlesPossessivesAndModifiers() {
        assertThat(QuoteScorer.predLast("Sen. Bernie Sanders Jr.")).isEqualTo("sanders");
        assertThat(QuoteScorer.normTok("Clinton’s")).isEqualTo("clinton");
        assertThat(QuoteScorer.nameyTokens("Mr. Obama met Biden. The end")).contains("obama", "biden")
                .doesNotContain("the");
    }

    @Test
    void breakdownByKindSpeakerKindAndConfusions() {
        String text = "Mr. Smith said the plan works.\nNobody agreed. Later, he said it failed.\nThe end came.";
        QuoteScorer.Gold plan = new QuoteScorer.Gold(List.of(new int[] {15, 29}), "Mr. Smith",
                List.of(new int[] {0, 9}), "indirect");
        QuoteScorer.Gold failed = new QuoteScorer.Gold(List.of(new int[] {61, 70}), "he",
                List.of(new int[] {53, 55}), "direct");
        QuoteScorer.Counts c = QuoteScorer.score(List.of(new QuoteScorer.Doc("d", text, List.of(plan, failed),
                List.of(new QuoteScorer.Pred(15, 29, null, null, null, null, "direct"),
                        new QuoteScorer.Pred(31, 45, "Nobody", 31, 37, null, "indirect"),
                        new QuoteScorer.Pred(72, 85, null, null, null, null, "block")))));
        java.util.Map<String, Double> f = c.breakdown.figures("x.");
        assertThat(f).containsEntry("x.recall.indirect", 1.0).containsEntry("x.recall.direct", 0.0)
                .containsEntry("x.precision.direct", 1.0).containsEntry("x.precision.indirect", 0.0)
                .containsEntry("x.speaker.name", 0.0).containsEntry("x.count.speaker.name", 1.0)
                .containsEntry("x.count.speaker.pronoun", 0.0)
                .containsEntry("x.confusion.kind.gold_indirect_as_direct", 1.0)
                .containsEntry("x.confusion.speaker.named_without_speaker", 1.0)
                .containsEntry("x.confusion.fp.in_paragraph_with_gold", 1.0)
                .containsEntry("x.confusion.fp.in_paragraph_without_gold", 1.0)
                .containsEntry("x.confusion.fn.prediction_in_paragraph", 1.0)
                .containsEntry("x.confusion.speaker.pronoun_as_name", 0.0)
                .containsEntry("x.speaker.not_pronoun", 1.0);
    }

    @Test
    void pronounsLeftAsSpeakerNamesAndOtherNamesOfTheSourceAreCounted() {
        String text = "Der Nachfolger von Ann Lee, Bo Ray, sagte, der Plan gehe auf. Er sagte, er sei gescheitert.";
        QuoteScorer.Gold plan = new QuoteScorer.Gold(List.of(new int[] {43, 60}), "Der Nachfolger von Ann Lee, Bo Ray",
                List.of(new int[] {0, 34}), "indirect");
        QuoteScorer.Counts c = QuoteScorer.score(List.of(new QuoteScorer.Doc("d", text, List.of(plan),
                List.of(new QuoteScorer.Pred(43, 60, "Bo Ray", 28, 34, null, "indirect"),
                        new QuoteScorer.Pred(72, 90, "Er", 62, 64, null, "indirect")))));
        assertThat(c.named).isEqualTo(1);
        assertThat(c.nameOk).as("the reference rule's head is the last name before the first comma").isZero();
        assertThat(c.breakdown.figures("x."))
                .containsEntry("x.confusion.speaker.named_other_name_of_source", 1.0)
                .containsEntry("x.confusion.speaker.pronoun_as_name", 1.0)
                .containsEntry("x.speaker.not_pronoun", 0.5);
    }
}
