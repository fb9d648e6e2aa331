package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The speaker a German sentence names for itself when no cue claimed it (a quotation after "so", a colon, a
 * verb-second subject), on sentences written for this test.
 */
class GermanOwnSpeakerTest {
    private static final RuleTokenizer TOKENS = new RuleTokenizer();
    private static final Segmenter SEGMENTER = new Segmenter(new RuleSentenceSplitter(TOKENS), TOKENS);
    private static final CueLexicon RULES = CueLexicon.german(Map.of());

    private static String own(String text) {
        Doc d = SEGMENTER.segment(text, "de");
        Mentions m = new EntityFinder().find(d);
        SpeakerRanker.Candidate c = QuoteFinder.ownGermanSpeaker(d, m, RULES, d.quoteRegions.get(0), 0);
        return c == null ? null : d.text.substring(d.start[c.first()], d.end[c.last() - 1]);
    }

    /** The speaker that {@code finder} finds in the first sentence of {@code text}, as text, or {@code null}. */
    private static String first(String text, FinderOfSentence finder) {
        Doc d = SEGMENTER.segment(text, "de");
        SpeakerRanker.Candidate c = finder.find(d, new EntityFinder().find(d), 0);
        return c == null ? null : d.text.substring(d.start[c.first()], d.end[c.last() - 1]);
    }

    private interface FinderOfSentence {
        SpeakerRanker.Candidate find(Doc d, Mentions m, int s);
    }

    private static String secondPlace(String text) {
        return first(text, QuoteFinder::secondPlaceSpeaker);
    }

    @Test
    void aQuotationTakesTheSourceNamedAfterIt() {
        assertThat(own("„Wir prüfen den Fall sehr sorgfältig“, so der Sprecher des Ministeriums."))
                .isEqualTo("der Sprecher des Ministeriums");
        assertThat(own("„Wir prüfen den Fall sehr sorgfältig“, wie der Sprecher des Ministeriums sagte."))
                .isEqualTo("der Sprecher des Ministeriums");
        assertThat(own("„Wir prüfen den Fall sehr sorgfältig“, hieß es am Montag in Berlin."))
                .as("no source after the quotation").isNull();
    }

    @Test
    void aQuotationAfterAColonTakesTheSpeakerBeforeIt() {
        assertThat(own("Ein Sprecher der Polizei: „Hier weiß jeder, wer die Täter sind.“"))
                .isEqualTo("Ein Sprecher der Polizei");
        assertThat(own("In seiner Mitteilung schreibt der Sprecher des Vereins: „Wir sind sehr zufrieden.“"))
                .as("the subject after the verb in second place").isEqualTo("der Sprecher des Vereins");
        assertThat(own("Am Montag war das Wetter schlecht: „Es regnet seit Tagen ohne Pause.“"))
                .as("no speaking subject").isNull();
    }

    @Test
    void aVerbSecondSubjectAfterAnIndicativeVerbSpeaks() {
        assertThat(secondPlace("Für die Stadtwerke bedauerte der Sprecher des Verbands, dass nichts geschehen sei."))
                .isEqualTo("der Sprecher des Verbands");
        assertThat(secondPlace("Außerdem sei der Sprecher des Verbands machtlos gewesen."))
                .as("a Konjunktiv goes on with the speaker before").isNull();
    }

    @Test
    void anAuxiliaryInSecondPlaceIsTheVerbBeforeTheSubject() {
        assertThat(secondPlace("Am kommenden Montag will der Sprecher des Verbands eine Vorlage präsentieren."))
                .isEqualTo("der Sprecher des Verbands");
        assertThat(secondPlace("Noch im Mai hatte der Sprecher des Ministeriums zugesichert, alles sei sicher."))
                .isEqualTo("der Sprecher des Ministeriums");
        assertThat(secondPlace("Am kommenden Montag soll der Sprecher des Verbands eine Vorlage präsentieren."))
                .as("\"soll\" reports hearsay: the speaker before goes on").isNull();
    }

    private static String opening(String text) {
        return first(text, QuoteFinder::openingSpeaker);
    }

    @Test
    void aSentenceMayOpenWithSpeakersWithoutArticle() {
        assertThat(opening("Südsudanesische Vertreter sprachen davon, dass die Stadt angegriffen worden sei."))
                .isEqualTo("Südsudanesische Vertreter");
        assertThat(opening("Meteorologen rechnen jedoch mit sehr ergiebigen Niederschlägen."))
                .isEqualTo("Meteorologen");
        assertThat(opening("Schätzungen zufolge seien tausende Kinder betroffen."))
                .as("a source noun is no speaker of its own").isNull();
        assertThat(opening("Starke Winde hätten die Brandübertragung verursacht."))
                .as("no agent noun, and a Konjunktiv goes on with the speaker before").isNull();
    }

    @Test
    void aKonjunktivThatNoListKnowsGoesOnWithTheSpeakerBefore() {
        assertThat(opening("Der Sprecher des Verbands propagiere einen Umbau der Behörde."))
                .as("a verb in -e after a singular subject").isNull();
        assertThat(secondPlace("Außerdem erwäge der Sprecher des Verbands einen Umbau der Behörde."))
                .as("the same in second place").isNull();
        assertThat(opening("Der Sprecher des Verbands propagiert einen Umbau der Behörde."))
                .isEqualTo("Der Sprecher des Verbands");
        assertThat(opening("Der Sprecher des Verbands forderte einen Umbau der Behörde."))
                .as("the weak past in -te is indicative").isEqualTo("Der Sprecher des Verbands");
    }

    @Test
    void aContinuationTakesTheSourceAfterItsComma() {
        Doc d = SEGMENTER.segment("Die Lage sei ernst, so der Sprecher der Polizei.", "de");
        Mentions m = new EntityFinder().find(d);
        int comma = 0;
        while (!d.is(comma, ',')) {
            comma++;
        }
        SpeakerRanker.Candidate c = QuoteFinder.afterComma(d, m, RULES, comma, d.sentLast[0]);
        assertThat(d.text.substring(d.start[c.first()], d.end[c.last() - 1])).isEqualTo("der Sprecher der Polizei");
        int ernst = comma - 1;
        assertThat(QuoteFinder.afterComma(d, m, RULES, ernst, d.sentLast[0])).as("no comma, no cue").isNull();
    }
}
