package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Annotation;
import org.verbatim.model.Quote;

/**
 * German "heißt es" names nobody: its speaker is never a phrase of what it reports, before or after it, with the
 * learned German models. A setting in the cue's own clause may speak. Sentences written for this test.
 */
class ImpersonalReportTest {
    private static final Annotator LEARNED = new Annotator();

    private static List<Quote> quotes(String text) {
        Annotation a = LEARNED.annotate(text, null, null, "de");
        return a.quotes();
    }

    private static List<String> speakersOf(List<Quote> quotes, String cue) {
        return quotes.stream().filter(q -> cue.equals(q.cue())).map(Quote::speaker)
                .map(s -> s == null || s.name() == null ? "" : s.name()).toList();
    }

    @Test
    void nothingReportedAfterHiessEsSpeaks() {
        List<Quote> q = quotes("Die Börsen in Frankfurt legten am Nachmittag zu. Am Markt hieß es, die Aussichten für "
                + "einen Wahlsieg von Karl Brenner bei der Wahl im November hätten sich verbessert.");
        assertThat(speakersOf(q, "hieß")).isNotEmpty()
                .noneMatch(s -> s.contains("Brenner") || s.contains("Aussichten"));
    }

    @Test
    void nothingReportedBeforeATrailingHeisstEsSpeaks() {
        List<Quote> q = quotes("Der Betrieb der Fähre wird im Mai eingestellt. Feierlichkeiten anlässlich des Wechsels "
                + "seien nicht vorgesehen, heißt es.");
        assertThat(speakersOf(q, "heißt")).isNotEmpty().noneMatch(s -> s.contains("Wechsels"));
    }

    @Test
    void theAntecedentOfARelativeClauseMaySpeak() {
        List<Quote> q = quotes("Die Behörde veröffentlichte am Montag eine Erklärung der Regierung, in der es heißt, "
                + "dass nach einer Prüfung eine Sperre erlassen wurde.");
        assertThat(speakersOf(q, "heißt")).isNotEmpty().allMatch(s -> s.contains("Erklärung") || s.contains("Regierung")
                || s.contains("Behörde"));
    }
}
