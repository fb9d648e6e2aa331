package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A noun phrase without a person, organisation or agent head before a verb that is not a curated speech verb ("The
 * decision follows a review that ..."): the cue model may be sure of the verb, the attribution still needs a source.
 */
class WeakSubjectTest {
    private static final RuleTokenizer TOKENS = new RuleTokenizer();
    private static final Segmenter SEGMENTER = new Segmenter(new RuleSentenceSplitter(TOKENS), TOKENS);

    private static List<String> found(String text) {
        LinearModel cue = new LinearModel(Map.of(LinearModel.BIAS, -6.0, "w=follows", 12.0, "w=urged", 12.0,
                LinearModel.THRESHOLD, 0.5));
        QuoteFinder f = new QuoteFinder(QuoteModels.of(Map.of("en",
                new QuoteModels.Language(Map.of(), cue, null, null))));
        Doc d = SEGMENTER.segment(text, "en");
        return f.attributed(d, new EntityFinder().find(d), f.lang(d)).stream().map(x -> x.span().of(d.text))
                .toList();
    }

    @Test
    void aWeakSubjectWithoutSourceReportsNothingHowSureTheModelIs() {
        assertThat(found("The decision follows a review that found severe corrosion.")).isEmpty();
    }

    @Test
    void aNamedSubjectOfTheSameModelReports() {
        assertThat(found("Anna Berrick urged that the bridge be closed.")).containsExactly("that the bridge be closed");
    }
}
