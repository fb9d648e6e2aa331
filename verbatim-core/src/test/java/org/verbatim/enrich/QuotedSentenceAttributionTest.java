package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * English sentences with quotation marks: the rules' attribution of the quotation stands, and the learned cue model
 * adds the attributions beside it, on sentences written here and a cue model that knows two words.
 */
class QuotedSentenceAttributionTest {
    private static final RuleTokenizer TOKENS = new RuleTokenizer();
    private static final Segmenter SEGMENTER = new Segmenter(new RuleSentenceSplitter(TOKENS), TOKENS);

    /** A cue model sure of "reported" and "says" only, for both languages; quoted sentences go to the rules first. */
    private static QuoteFinder finder() {
        LinearModel cue = new LinearModel(Map.of(LinearModel.BIAS, -6.0, "w=reported", 12.0, "w=says", 12.0,
                LinearModel.THRESHOLD, 0.5, "__quoted_by_rules__", 1.0));
        QuoteModels.Language l = new QuoteModels.Language(Map.of(), cue, null, null);
        return new QuoteFinder(QuoteModels.of(Map.of("en", l, "de", l)));
    }

    private static List<String> found(String text, String lang) {
        Doc d = SEGMENTER.segment(text, lang);
        QuoteFinder f = finder();
        return f.attributed(d, new EntityFinder().find(d), f.lang(d)).stream().map(x -> x.span().of(d.text))
                .toList();
    }

    @Test
    void aReportBeforeTheRulesQuotationIsFoundBesideIt() {
        List<String> found = found("Anna Berrick reported that the company holds $20 billion offshore, and the "
                + "report says the firm \u201ckeeps 900 subsidiaries in tax havens.\u201d", "en");
        assertThat(found).anyMatch(s -> s.contains("\u201ckeeps 900 subsidiaries in tax havens"));
        assertThat(found).contains("that the company holds $20 billion offshore");
    }

    @Test
    void germanQuotedSentencesStayWithTheRules() {
        List<String> found = found("Anna Berrick reported that the company holds $20 billion offshore, and the "
                + "report says the firm \u201ckeeps 900 subsidiaries in tax havens.\u201d", "de");
        assertThat(found).hasSize(1); // the rules' one attribution, nothing learned beside it
    }

    @Test
    void aQuotedSentenceWithoutAnotherCueGivesTheRulesAttributionAlone() {
        List<String> found = found("The report says the firm \u201ckeeps 900 subsidiaries in tax havens.\u201d", "en");
        assertThat(found).hasSize(1);
    }
}
