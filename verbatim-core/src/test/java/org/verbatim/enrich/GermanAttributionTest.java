package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Annotation;
import org.verbatim.model.Quote;
import org.verbatim.model.QuoteKind;

/**
 * German reported speech on the hand-written rules alone (the German learned jar, CC BY-NC-SA, is not on this module's
 * class path): split verbs, "nach Angaben", "laut", "zufolge", "so X", Konjunktiv I continuations and „…“ marks.
 * Sentences written for this test.
 */
class GermanAttributionTest {
    private static final Annotator RULES = Annotator.rulesOnly();

    /** A paragraph of German news before the sentences under test, so that the text reads as German. */
    private static final String LEAD = "Die Stadt Brunnstadt hat am Wochenende ihre Pläne für die Sanierung der "
            + "alten Brücke vorgestellt, die seit dem Frühjahr für den Verkehr gesperrt ist.";

    private static Annotation annotate(String... paragraphs) {
        return RULES.annotate(LEAD + "\n\n" + String.join("\n\n", paragraphs), null, LocalDate.of(2025, 4, 2));
    }

    private static Quote quote(Annotation a, String contained) {
        return a.quotes().stream().filter(q -> q.text().contains(contained)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote contains '" + contained + "' in " + a.quotes()));
    }

    private static String speaker(Quote q) {
        return q.speaker() == null ? null : q.speaker().name();
    }

    @Test
    void directQuoteInGermanMarks() {
        Annotation a = annotate("„Die Brücke bleibt bis Oktober gesperrt“, sagte Bürgermeisterin Anna Vogt am Montag.");
        Quote q = quote(a, "Brücke bleibt");
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.cue()).isEqualTo("sagte");
        assertThat(speaker(q)).isEqualTo("Anna Vogt");
    }

    @Test
    void ownStatementsAreTheSubjectsStatements() {
        Annotation a = annotate("Bürgermeisterin Anna Vogt hat nach eigenen Angaben die Leitungen prüfen lassen.",
                "Gegen Peter Brandt hat die Behörde laut eigener Aussage bisher nicht ermittelt.");
        Quote own = byMention(a, "eigenen Angaben");
        assertThat(speaker(own)).as("the subject before the verb owns 'eigenen Angaben'").isEqualTo("Anna Vogt");
        Quote fronted = byMention(a, "eigener Aussage");
        assertThat(speaker(fronted)).as("a fronted object is no owner: the phrase stays the speaker")
                .isEqualTo("eigener Aussage");
    }

    private static Quote byMention(Annotation a, String mention) {
        return a.quotes().stream().filter(q -> q.speakerMention() != null
                        && q.speakerMention().text().equals(mention)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote spoken by '" + mention + "' in " + a.quotes()));
    }

    @Test
    void splitVerbAndSubjunctiveContinuation() {
        Annotation a = annotate("Die Stadtwerke teilten am Dienstag mit, der Pegel sei so niedrig wie nie zuvor. "
                + "Das Trinkwasser sei aber nicht gefährdet.");
        Quote q = quote(a, "Pegel sei so niedrig");
        assertThat(q.cue()).startsWith("teilten");
        assertThat(speaker(q)).isEqualTo("Die Stadtwerke");
        assertThat(speaker(quote(a, "Trinkwasser sei"))).isEqualTo("Die Stadtwerke");
    }

    @Test
    void aCueThatNamesNobodyGoesOnWithTheSpeakerBefore() {
        Annotation a = annotate("Die Stadtwerke teilten am Dienstag mit, der Pegel sei so niedrig wie nie zuvor. "
                + "Als Begründung dafür heißt es, die alten Pumpen seien den Anforderungen nicht gewachsen.");
        Quote q = quote(a, "alten Pumpen");
        assertThat(q.cue()).isEqualTo("heißt");
        assertThat(speaker(q)).isEqualTo("Die Stadtwerke");
    }

    @Test
    void nachAngabenLautAndZufolgeNameTheSource() {
        Annotation a = annotate("Nach Angaben der Polizei wurden drei Menschen verletzt.",
                "Laut Stadtrat Jonas Weller fehlt dem Fluss das Schmelzwasser.",
                "Der Pegel werde weiter fallen, so Weller.");
        assertThat(speaker(quote(a, "drei Menschen verletzt"))).isEqualTo("der Polizei");
        assertThat(speaker(quote(a, "fehlt dem Fluss"))).isEqualTo("Jonas Weller");
        assertThat(speaker(quote(a, "Pegel werde weiter fallen"))).isEqualTo("Jonas Weller");
    }

    @Test
    void soWithANounPhraseOrATrailingAdverbialNamesTheSource() {
        Annotation a = annotate("Laut Stadtrat Jonas Weller fehlt dem Fluss das Schmelzwasser.",
                "Die Brücke sei seit Jahren marode, so der Sprecher der Stadtwerke.",
                "Die Sanierung koste zwölf Millionen Euro, so Weller gegenüber der Zeitung.");
        assertThat(speaker(quote(a, "seit Jahren marode"))).isEqualTo("der Sprecher der Stadtwerke");
        Quote q = quote(a, "zwölf Millionen");
        assertThat(q.cue()).isEqualTo("so");
        assertThat(speaker(q)).isEqualTo("Jonas Weller");
    }

    @Test
    void aDateIsNoSource() {
        Annotation a = annotate("Am Donnerstag sagte der Sprecher des Ministeriums, die Lage sei ernst.");
        Quote q = quote(a, "Lage sei ernst");
        assertThat(speaker(q)).isEqualTo("der Sprecher des Ministeriums");
    }

    @Test
    void noGenitiveAttributeFollowsAName() {
        RuleTokenizer tok = new RuleTokenizer();
        Doc d = new Segmenter(new RuleSentenceSplitter(tok), tok).segment("Laut einer Mitteilung des BMI der "
                + "Verbesserung dient das neue Zentrum. Nach Angaben der Polizei des Landes wurde niemand verletzt.",
                "de");
        Mentions m = new EntityFinder().find(d);
        int laut = 0;
        int[] np = QuoteFinder.germanNounPhrase(d, m, laut + 1, d.sentLast[0]);
        assertThat(d.text.substring(d.start[np[0]], d.end[np[1] - 1])).isEqualTo("einer Mitteilung des BMI");
        int nach = d.sentFirst[1];
        int[] police = QuoteFinder.germanNounPhrase(d, m, nach + 1, d.sentLast[1]);
        assertThat(d.text.substring(d.start[police[0]], d.end[police[1] - 1])).as("genitives of common nouns chain")
                .isEqualTo("Angaben der Polizei des Landes");
    }

    private static Doc german(String text) {
        RuleTokenizer tok = new RuleTokenizer();
        return new Segmenter(new RuleSentenceSplitter(tok), tok).segment(text, "de");
    }

    private static String span(Doc d, int first, int last) {
        return d.text.substring(d.start[first], d.end[last - 1]);
    }

    @Test
    void sentenceAdverbsAndReportsAreNoNames() {
        Doc d = german("Insgesamt spricht die Polizei von zwölf Festnahmen. Offiziellen Angaben zufolge blieb es "
                + "ruhig. Wenige Stunden später meldete sich der Verband.");
        Mentions m = new EntityFinder().find(d);
        assertThat(m.startingAt[d.sentFirst[0]]).as("Insgesamt").isNull();
        assertThat(m.startingAt[d.sentFirst[1]]).as("Offiziellen Angaben").isNull();
        assertThat(m.startingAt[d.sentFirst[2]]).as("Wenige Stunden").isNull();
    }

    @Test
    void aReportTakesNoCapitalisedNounInApposition() {
        Doc d = german("Das Beben soll nach ersten Meldungen Schäden an mehreren Gebäuden verursacht haben.");
        Mentions m = new EntityFinder().find(d);
        int nach = 3;
        assertThat(d.lower[nach]).isEqualTo("nach");
        int[] np = QuoteFinder.germanNounPhrase(d, m, nach + 1, d.sentLast[0]);
        assertThat(span(d, np[0], np[1])).isEqualTo("ersten Meldungen");
    }

    @Test
    void aSentenceOpensWithItsOwnSpeakerOnlyInTheIndicative() {
        Doc d = german("Die Veranstalter der Demonstration erklären dagegen, es habe keine Gewalt gegeben. Die Polizei "
                + "sei machtlos. Die Feuerwehr gibt an, es gebe keine Verletzten. Der Fahrer des Wagens sowie weitere "
                + "Zeugen sollen befragt werden.");
        Mentions m = new EntityFinder().find(d);
        SpeakerRanker.Candidate organisers = QuoteFinder.openingSpeaker(d, m, 0);
        assertThat(span(d, organisers.first(), organisers.last())).isEqualTo("Die Veranstalter der Demonstration");
        assertThat(QuoteFinder.openingSpeaker(d, m, 1)).as("Konjunktiv I: the speaker before goes on").isNull();
        SpeakerRanker.Candidate brigade = QuoteFinder.openingSpeaker(d, m, 2);
        assertThat(span(d, brigade.first(), brigade.last())).isEqualTo("Die Feuerwehr");
        assertThat(QuoteFinder.openingSpeaker(d, m, 3)).as("a coordinated subject of a passive").isNull();
    }

    @Test
    void anOpeningSpeakerMayTakeAnAppositionOrAnAuxiliaryBeforeItsVerb() {
        Doc d = german("Der frühere Parteichef, Hans Brenner, wandte sich am Abend an die Wähler, die Lage sei ernst. "
                + "Der Stadtrat hatte sich erhofft, dass die Brücke im Mai öffne. Die Polizei soll gewusst haben, dass "
                + "der Fahrer betrunken gewesen sei.");
        Mentions m = new EntityFinder().find(d);
        SpeakerRanker.Candidate named = QuoteFinder.openingSpeaker(d, m, 0);
        assertThat(span(d, named.first(), named.last())).as("the name in apposition").isEqualTo("Hans Brenner");
        SpeakerRanker.Candidate council = QuoteFinder.openingSpeaker(d, m, 1);
        assertThat(span(d, council.first(), council.last())).isEqualTo("Der Stadtrat");
        assertThat(QuoteFinder.openingSpeaker(d, m, 2)).as("\"soll\" reports hearsay").isNull();
    }

    @Test
    void aSourceNounTakesAGenitiveWithoutArticleAsItsSource() {
        Doc d = german("Nach Angaben libanesischer Sicherheitskreise wurde ein Mann verletzt. Nach Angaben der Polizei "
                + "blieb es ruhig. Nach einem Bericht wurden zwei Schiffe beschädigt. Der Minister sprach am Abend. "
                + "Gleiches gelte nach Meinung vieler Experten auch für das Schiff.");
        Mentions m = new EntityFinder().find(d);
        int[] circles = QuoteFinder.germanArticlelessSource(d, m, token(d, "Angaben", 0), d.sentLast[0]);
        assertThat(span(d, circles[0], circles[1])).isEqualTo("libanesischer Sicherheitskreise");
        assertThat(QuoteFinder.germanArticlelessSource(d, m, token(d, "Angaben", 1), d.sentLast[1]))
                .as("a genitive with its article is the noun phrase's own").isNull();
        assertThat(QuoteFinder.germanArticlelessSource(d, m, token(d, "einem", 0), d.sentLast[2]))
                .as("no genitive after the source noun").isNull();
        int[] experts = QuoteFinder.germanArticlelessSource(d, m, token(d, "Meinung", 0), d.sentLast[4]);
        assertThat(span(d, experts[0], experts[1])).isEqualTo("vieler Experten");
    }

    /** The {@code n}-th (from 0) token {@code word} of {@code d}. */
    private static int token(Doc d, String word, int n) {
        for (int i = 0, seen = 0; i < d.tokens(); i++) {
            if (d.token(i).equals(word) && seen++ == n) {
                return i;
            }
        }
        throw new AssertionError("no token " + word);
    }
}
