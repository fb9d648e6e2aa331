package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Annotation;
import org.verbatim.model.Quote;

/**
 * Lines of links attribute nothing, and a content must say something beyond its cue and speaker (issue 16, the demo's
 * "Other local stories: • Eastbank traders ask for rate relief • ..." and "Dann sagte sie:").
 */
class LinkLineAndEmptyContentTest {
    private static final Annotator RULES = Annotator.rulesOnly();

    private static List<String> quotes(String text, String language) {
        Annotation a = RULES.annotate(text, null, null, language);
        return a.quotes().stream().map(Quote::text).toList();
    }

    @Test
    void aListOfLinksAttributesNothing() {
        String prose = "Eastbank traders said the closure would ruin them.";
        assertThat(quotes(prose, "en")).containsExactly("the closure would ruin them");
        assertThat(quotes("Other local stories: • Eastbank traders said the closure would ruin them • Fenwick Show: "
                + "record crowds despite heat", "en")).isEmpty();
        assertThat(quotes("RELATED: Eastbank traders said the closure would ruin them", "en")).isEmpty();
    }

    @Test
    void aLabelInCapitalsBeforeProseStillAttributes() {
        assertThat(quotes("CLARIFICATION: Eastbank traders said the closure would ruin them.", "en"))
                .containsExactly("the closure would ruin them");
    }

    @Test
    void aCueBeforeAColonAloneSaysNothing() {
        String text = "Kessler wirkte auf der Bühne zunächst sprachlos. Dann sagte sie:\n\n"
                + "Ich danke allen, die mir vertraut haben, und ich werde auch ihre Oberbürgermeisterin sein.";
        assertThat(quotes(text, "de")).noneMatch(q -> q.contains("sagte sie"));
    }

    @Test
    void aCueBeforeAColonEndingAParagraphIntroducesTheNext() {
        String text = "Stadträtin Miriam Kessler warf ihm vor, das Thema unterschätzt zu haben. Dann sagte sie:\n\n"
                + "Wir haben jedes Jahr einen Antrag gestellt. Jetzt sehen wir, was es kostet.";
        Annotation a = RULES.annotate(text, null, null, "de");
        assertThat(a.quotes()).anyMatch(q -> q.text().startsWith("Wir haben jedes Jahr") && q.speaker() != null
                && q.speaker().name().equals("Miriam Kessler") && q.cue().endsWith("sagte"));
        String english = "Ravi Castellan, the engineer, said:\n\nThe steel we are taking out has done its work.";
        assertThat(RULES.annotate(english, null, null, "en").quotes()).anyMatch(q -> q.text().startsWith("The steel")
                && q.speaker() != null && q.speaker().name().equals("Ravi Castellan"));
    }

    @Test
    void aPronounStandingForTheStatementStillSaysSomething() {
        Doc d = new Segmenter(new RuleSentenceSplitter(), new RuleTokenizer()).segment("That, he said.", "en");
        QuoteFinder.Attribution a = new QuoteFinder.Attribution(3, 4, 2, 3, null, QuoteFinder.Place.SUBJECT, -1);
        assertThat(QuoteFinder.saysSomething(d, new org.verbatim.model.Span(0, 4), a)).isTrue();
        Doc e = new Segmenter(new RuleSentenceSplitter(), new RuleTokenizer()).segment("Dann sagte sie:", "de");
        QuoteFinder.Attribution b = new QuoteFinder.Attribution(1, 2, 2, 3, null, QuoteFinder.Place.INVERTED, -1);
        assertThat(QuoteFinder.saysSomething(e, new org.verbatim.model.Span(0, 15), b)).isFalse();
    }

    @Test
    void aDatelineInCapitalsSaysNothingButAnAcronymInAClauseDoes() {
        Doc d = new Segmenter(new RuleSentenceSplitter(), new RuleTokenizer()).segment("MARROWBY, the council said.",
                "en");
        QuoteFinder.Attribution a = new QuoteFinder.Attribution(4, 5, 2, 4, null, QuoteFinder.Place.SUBJECT, -1);
        assertThat(QuoteFinder.saysSomething(d, new org.verbatim.model.Span(0, 8), a)).isFalse();
        Doc e = new Segmenter(new RuleSentenceSplitter(), new RuleTokenizer()).segment("NATO will act, he said.",
                "en");
        QuoteFinder.Attribution b = new QuoteFinder.Attribution(5, 6, 4, 5, null, QuoteFinder.Place.SUBJECT, -1);
        assertThat(QuoteFinder.saysSomething(e, new org.verbatim.model.Span(0, 13), b)).isTrue();
    }
}
