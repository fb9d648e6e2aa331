package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.model.Span;

/**
 * A quotation in title case inside a sentence names a show, book or song, and says nothing ("Pence said on CNN's
 * "State of the Union.""); speech, a headline's quotation and German stay quotations.
 */
class WorkTitleTest {
    private static final RuleTokenizer TOKENS = new RuleTokenizer();
    private static final Segmenter SEGMENTER = new Segmenter(new RuleSentenceSplitter(TOKENS), TOKENS);

    /** Whether the last quoted region of {@code text} is a title. */
    private static boolean title(String text, String language) {
        Doc d = SEGMENTER.segment(text, language);
        Span r = d.quoteRegions.get(d.quoteRegions.size() - 1);
        return QuoteFinder.isWorkTitle(d, r);
    }

    @Test
    void aTitleAfterAPossessiveOrALowerCaseWordIsNoQuote() {
        assertThat(title("\"We need to step away from that,\" Pence said on CNN's \"State of the Union.\"", "en"))
                .isTrue();
        assertThat(title("In his 2002 book, \"Make Your Kid a Millionaire,\" Mr. McKinley suggested a budget.", "en"))
                .isTrue();
        assertThat(title("He is the co-author of \"Backfire: Carly Fiorina's High-Stakes Battle.\"", "en")).isTrue();
    }

    @Test
    void speechHeadlinesAndGermanStayQuotations() {
        assertThat(title("Then he added: \"We Will Win.\"", "en")).as("after a colon").isFalse();
        assertThat(title("Warren Hammers Bank Chief \"You Should Be Investigated.\"", "en")).as("a headline")
                .isFalse();
        assertThat(title("She told reporters \"We will win this state.\"", "en")).as("lower-case words").isFalse();
        assertThat(title("She told reporters \"Make America Great Again!\"", "en")).as("an exclamation").isFalse();
        assertThat(title("Der Autor schrieb \"Die Stadt und die Hunde.\"", "de")).as("no German list").isFalse();
    }
}
