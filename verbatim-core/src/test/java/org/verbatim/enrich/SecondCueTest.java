package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Selection on the English learned path (issue 16): a first content ends before a second cue of the same speaker that
 * "and" or "but" joins to it (S4, a clash that left nothing before), and a curated speech verb after "to" reports
 * without a clause, where a verb of doing after "to" or "will" is a plan (S3).
 */
class SecondCueTest {
    private static final RuleTokenizer TOKENS = new RuleTokenizer();
    private static final Segmenter SEGMENTER = new Segmenter(new RuleSentenceSplitter(TOKENS), TOKENS);

    /** Each attribution as "cue | content", in text order. */
    private static List<String> found(String text) {
        Map<String, Double> weights = new java.util.HashMap<>();
        weights.put("w=insisting", 13.0); // the second cue is the surer one: it is taken first
        weights.put("w=describing", 12.0);
        weights.put("w=say", 12.0);
        weights.put("w=discuss", 12.0);
        weights.put("side=R", 1.0);
        weights.put(LinearModel.BIAS, -6.0);
        weights.put(LinearModel.THRESHOLD, 0.5);
        LinearModel cue = new LinearModel(weights);
        Map<String, int[]> learned = new java.util.HashMap<>();
        for (String w : List.of("insisting", "describing", "discuss")) {
            learned.put(w, new int[] {5, 10});
        }
        QuoteFinder f = new QuoteFinder(QuoteModels.of(Map.of("en",
                new QuoteModels.Language(learned, cue, null, null))));
        Doc d = SEGMENTER.segment(text, "en");
        return f.attributed(d, new EntityFinder().find(d), f.lang(d)).stream()
                .sorted(java.util.Comparator.comparingInt((Found x) -> x.span().start()))
                .map(x -> d.text.substring(d.start[x.cueFirst()], d.end[x.cueLast() - 1]) + " | "
                        + x.span().of(d.text))
                .toList();
    }

    @Test
    void aFirstContentEndsBeforeASecondCueJoinedByBut() {
        assertThat(found("Mayor Anna Berrick released a statement on Friday, describing the bridge as a relic "
                + "but insisting that the council would pay for its repair."))
                .containsExactly("describing | the bridge as a relic",
                        "insisting | that the council would pay for its repair");
    }

    @Test
    void aCuratedSpeechVerbAfterToReportsWithoutAClause() {
        assertThat(found("Mayor Anna Berrick took to the radio to say thanks."))
                .containsExactly("to say | thanks");
    }

    @Test
    void aVerbOfDoingAfterWillIsStillAPlan() {
        assertThat(found("Mayor Anna Berrick will discuss the bridge on Monday.")).isEmpty();
    }
}
