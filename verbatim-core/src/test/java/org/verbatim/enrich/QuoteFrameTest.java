package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Span;

/**
 * What frames a statement without being one (issue 16, the demo's wrong quotes): a dateline before it, a verb and an
 * adverbial before a second speech verb that carries it, and the German pronoun that says it after a quotation.
 */
class QuoteFrameTest {
    private static final Segmenter SEGMENTER = new Segmenter(new RuleSentenceSplitter(), new RuleTokenizer());

    private static Doc doc(String text, String language) {
        return SEGMENTER.segment(text, language);
    }

    private static String afterDateline(String text) {
        Doc d = doc(text, "en");
        return QuoteFinder.afterDateline(d, new Span(0, text.length())).of(text);
    }

    @Test
    void aDatelineIsNoPartOfTheContent() {
        assertThat(afterDateline("SARVENNE, July 8 (Meridian) - The River Vessa fell to a record low"))
                .isEqualTo("The River Vessa fell to a record low");
        assertThat(afterDateline("EASTBANK -- Shopkeepers face ruin")).isEqualTo("Shopkeepers face ruin");
        assertThat(afterDateline("Berlin (dpa) \u2013 Die Vessa ist so niedrig wie nie"))
                .isEqualTo("Die Vessa ist so niedrig wie nie");
    }

    @Test
    void aDashInProseIsNoDateline() {
        // a word in lower case before the dash, or no capitals and no agency: prose
        assertThat(afterDateline("NATO will act - and soon")).isEqualTo("NATO will act - and soon");
        assertThat(afterDateline("Berlin, Paris - both cities voted")).isEqualTo("Berlin, Paris - both cities voted");
    }

    @Test
    void aSecondSpeechVerbAfterAnAdverbialCarriesTheContent() {
        CueLexicon lex = CueLexicon.english(Map.of());
        String text = "Haberland conceded within an hour and said he would not stand again.";
        Doc d = doc(text, "en");
        int k = QuoteFinder.firstTokenFrom(d, text.indexOf("within"));
        int second = QuoteFinder.coordinatedCue(d, lex, new Span(d.start[k], text.length() - 1));
        assertThat(second).isGreaterThan(k);
        assertThat(d.token(second)).isEqualTo("said");
        // a comma or "that" first: the content has begun before any second verb
        String clause = "Haberland conceded that he lost and said he would not stand again.";
        Doc e = doc(clause, "en");
        int j = QuoteFinder.firstTokenFrom(e, clause.indexOf("that"));
        assertThat(QuoteFinder.coordinatedCue(e, lex, new Span(e.start[j], clause.length() - 1))).isEqualTo(-1);
    }

    @Test
    void sheSpeaksAfterAQuotationWhateverTheTenseOfHerVerb() {
        String text = "Miriam Kessler hat die Wahl gewonnen. „Ab morgen fangen wir an“, rief sie ihren Anhängern zu.";
        Doc d = doc(text, "de");
        Mentions m = new EntityFinder().find(d);
        int sie = QuoteFinder.firstTokenFrom(d, text.indexOf("sie ihren"));
        assertThat(m.startingAt[sie]).isNotNull();
        assertThat(m.startingAt[sie].cluster()).isNotNull();
        // plural after a quotation: "riefen sie" stays they (no antecedent of the plural here)
        String plural = "Miriam Kessler hat die Wahl gewonnen. „Ab morgen fangen wir an“, riefen sie den Gästen zu.";
        Doc e = doc(plural, "de");
        int they = QuoteFinder.firstTokenFrom(e, plural.indexOf("sie den"));
        Mentions n = new EntityFinder().find(e);
        assertThat(n.startingAt[they]).isNull();
    }
}
