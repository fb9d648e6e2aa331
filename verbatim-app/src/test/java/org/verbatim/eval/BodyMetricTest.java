package org.verbatim.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyMetricTest {

    @Test
    void tokensAreRunsOfUnicodeLettersAndDigits() {
        assertThat(BodyMetric.tokens("Grüße, 東京 — don't stop_now 42!"))
                .containsExactly("Grüße", "東京", "don", "t", "stop_now", "42");
    }

    @Test
    void combiningMarksSplitTokensAsInTheReferenceScorer() {
        // U+0301 COMBINING ACUTE ACCENT is not alphanumeric for Python's \w.
        assertThat(BodyMetric.tokens("cafe\u0301 noir")).containsExactly("cafe", "noir");
    }

    @Test
    void partialOverlapCountsShingles() {
        BodyMetric.PageScore s = BodyMetric.score("p", "a b c d e", "a b c d");
        assertThat(s.gold()).isEqualTo(2);
        assertThat(s.predicted()).isEqualTo(1);
        assertThat(s.tp()).isEqualTo(1);
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(0.5);
    }

    @Test
    void shortTextsAreOneShingleAndRepeatsAreAMultiset() {
        assertThat(BodyMetric.score("p", "one two", "one two").tp()).isEqualTo(1);
        BodyMetric.PageScore s = BodyMetric.score("p", "a b c d a b c d", "a b c d");
        assertThat(s.gold()).isEqualTo(5);
        assertThat(s.tp()).isEqualTo(1);
    }

    @Test
    void corpusFiguresAreMeansOverPagesAndEmptyPredictionsOnlyCostRecall() {
        BodyMetric.Result r = BodyMetric.aggregate(List.of(
                BodyMetric.score("a", "w x y z", "w x y z"),
                BodyMetric.score("b", "w x y z", "")));
        assertThat(r.precision()).isEqualTo(1.0);
        assertThat(r.recall()).isEqualTo(0.5);
        assertThat(r.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-12));
        assertThat(r.emptyPredictions()).isEqualTo(1);
        assertThat(r.exact()).isEqualTo(0.5);
    }
}
