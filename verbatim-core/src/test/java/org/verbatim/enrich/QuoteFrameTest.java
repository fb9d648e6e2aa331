package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Annotation;
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

    private static boolean settingOnly(String text, String cue, String content) {
        Doc d = doc(text, "en");
        Mentions m = new EntityFinder().find(d);
        int c = QuoteFinder.firstTokenFrom(d, text.indexOf(cue));
        QuoteFinder.Attribution a = new QuoteFinder.Attribution(c, c + 1, -1, -1, null, QuoteFinder.Place.NONE, -1);
        int from = text.indexOf(content);
        return QuoteFinder.settingOnly(d, m, a, new Span(from, from + content.length()));
    }

    @Test
    void aParticipleOfWhereSomethingAppearedReportsNoClaim() {
        String report = "Its report, published on the council's website on Monday, describes a loss of steel.";
        assertThat(settingOnly(report, "published", "the council's website on Monday")).isTrue();
        String statement = "In a statement posted in Japanese on its website, Hoshida said it would keep the dates.";
        assertThat(settingOnly(statement, "posted", "in Japanese on its website")).isTrue();
    }

    @Test
    void aVerbAfterItsSubjectOrAClaimAfterThePhraseStays() {
        // after its subject: "Palmieri called on Trump to ..." reports; a comma or "that" carries a claim on
        assertThat(settingOnly("Palmieri called on Trump to apologize.", "called", "Trump to apologize")).isFalse();
        assertThat(settingOnly("The minister, asked on Monday, said nothing.", "asked", "on Monday"))
                .isTrue(); // a participle after a comma with only a time: no claim
        assertThat(settingOnly("A poll, published in May, that voters want change.", "published",
                "in May, that voters want change")).isFalse();
        assertThat(settingOnly("The mayor said in a statement that he would stay.", "said",
                "in a statement that he would stay")).isFalse();
    }

    private static boolean bare(String text, String content) {
        Doc d = doc(text, "en");
        int from = text.indexOf(content);
        return QuoteFinder.bareNounPhrase(d, new Span(from, from + content.length()));
    }

    @Test
    void aDeterminerAndANounAreNoClaim() {
        assertThat(bare("Not all traders blame the council.", "the council")).isTrue();
        assertThat(bare("Traders said the council failed them.", "the council failed them")).isFalse();
        assertThat(bare("Traders said the council.", "the")).isFalse();
    }

    private static String subjectBefore(String text, String cue) {
        Doc d = doc(text, "en");
        Mentions m = new EntityFinder().find(d);
        int c = QuoteFinder.firstTokenFrom(d, text.indexOf(cue));
        int[] subj = QuoteFinder.subjectBefore(d, m, c - 1, 0);
        return subj == null ? null : text.substring(d.start[subj[0]], d.end[subj[1] - 1]);
    }

    @Test
    void aPlaceInAPhraseOfWhereIsNoSubject() {
        assertThat(subjectBefore("Shopkeepers on the east side of the River Tarrow say they face ruin.", "say"))
                .isEqualTo("Shopkeepers");
        assertThat(subjectBefore("Officials in Washington said the deal was close.", "said")).isEqualTo("Officials");
        // a place that opens the clause speaks for its government: it stands
        assertThat(subjectBefore("Earlier, Washington said the deal was close.", "said")).isEqualTo("Washington");
        Annotation a = Annotator.rulesOnly().annotate("Shopkeepers on the east side of the River Tarrow say they "
                + "face ruin.", null, null, "en");
        assertThat(a.quotes()).anyMatch(q -> q.speakerMention() != null
                && q.speakerMention().text().equals("Shopkeepers"));
    }

    private static String bareSource(String text, String after) {
        Doc d = doc(text, "en");
        int k = QuoteFinder.firstTokenFrom(d, text.indexOf(after) + after.length());
        int[] p = QuoteFinder.bareSource(d, k, d.sentLast[d.sentenceOf[k]]);
        return p == null ? null : text.substring(d.start[p[0]], d.end[p[1] - 1]);
    }

    @Test
    void figuresWithoutArticleAreASource() {
        assertThat(bareSource("The bridge carries 21,000 vehicles a day, according to council figures.",
                "according to")).isEqualTo("council figures");
        assertThat(bareSource("According to police sources, the man fled.", "According to"))
                .isEqualTo("police sources");
        // no agent or document noun at the end, or no clause end after it: no source
        assertThat(bareSource("The bridge is closed, according to plan.", "according to")).isNull();
        assertThat(bareSource("According to figures from the council, it is closed.", "According to")).isNull();
    }

    private static String beforeAside(String text) {
        Doc d = doc(text, "en");
        Mentions m = new EntityFinder().find(d);
        int comma = text.lastIndexOf(", ");
        int[] p = QuoteFinder.openingPhraseBeforeAside(d, m, 0, QuoteFinder.firstTokenFrom(d, comma));
        return p == null ? null : text.substring(d.start[p[0]], d.end[p[1] - 1]);
    }

    @Test
    void aDocumentBeforeAnAsideIsTheSubject() {
        assertThat(beforeAside("Its report, published on the website on Monday, describes a loss."))
                .isEqualTo("Its report");
        // no agent or document head, two asides, or no determiner: none
        assertThat(beforeAside("The bridge, built in 1958, carries 21,000 vehicles.")).isNull();
        assertThat(beforeAside("Its report, published on Monday, in May, describes a loss.")).isNull();
        assertThat(beforeAside("Reports, published on Monday, describe a loss.")).isNull();
    }
}
