package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.model.Annotation;
import org.verbatim.model.QuoteKind;

/**
 * German sources a noun phrase does not read, and quoted persons: "laut faz.net" and "laut el-Baradei" name their
 * source (the speaker had been the subject of what was reported); "laut und deutlich" is no cue; "Die Zeitung zitiert
 * einen Augenzeugen mit den Worten: „...“" is the witness's quotation, without the frame; "sprach mit seiner Frau"
 * reports no statement. Sentences written for this test.
 */
class GermanSourcesTest {
    private static final Annotator LEARNED = new Annotator();

    private static Annotation annotate(String text) {
        return LEARNED.annotate(text, null, null, "de");
    }

    @Test
    void aWebAddressAfterLautIsTheSource() {
        Annotation a = annotate("Laut nordblick.de veröffentlichte das Verkehrsministerium kürzlich einen Bericht über "
                + "marode Brücken.");
        assertThat(a.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("nordblick.de");
            assertThat(q.text()).startsWith("veröffentlichte das Verkehrsministerium");
        });
    }

    @Test
    void aNameAfterALowerCaseParticleIsTheSource() {
        Annotation a = annotate("Anschließend sei laut al-Hadrami die Bearbeitung der Brennstäbe erfolgt.");
        assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("al-Hadrami"));
    }

    @Test
    void loudIsNoCue() {
        assertThat(annotate("Die Musik war laut und die Nachbarn beschwerten sich beim Vermieter.").quotes()).isEmpty();
    }

    @Test
    void theQuotedWitnessSpeaksTheQuotationAlone() {
        Annotation a = annotate("Die Abendpost zitiert einen Augenzeugen mit den Worten: „Der Mann hat erst einen "
                + "Radfahrer angefahren und ist dann weitergefahren.“ Der Fahrer wurde später gefasst.");
        assertThat(a.quotes()).first().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("einen Augenzeugen");
            assertThat(q.text()).startsWith("„Der Mann");
            assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        });
    }

    @Test
    void theQuotedMinisterSpeaksWhatFollowsTheFrame() {
        Annotation a = annotate("Die Zeitung zitierte den Minister Karl Weber mit den Worten, die Lage sei ernst.");
        assertThat(a.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("Karl Weber");
            assertThat(q.text()).isEqualTo("die Lage sei ernst");
        });
    }

    @Test
    void speakingWithSomeoneOrSomewhereIsNoStatement() {
        Annotation a = annotate("Der Astronaut Li Weng landete am Montag. Per Video sprach Li Weng mit seiner Frau "
                + "und seinem Sohn. Der Präsident Hugo Marin sprach in Caracas. Die Ministerin sprach von einem "
                + "großen Erfolg.");
        assertThat(a.quotes()).extracting(q -> q.text()).containsExactly("von einem großen Erfolg");
    }
}

