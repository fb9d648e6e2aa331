package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Annotation;
import org.verbatim.model.Quote;

/**
 * A date is never a speaker, with the learned English models too: "in May", "back in May" and "Thursday's" are dates
 * however a learned cue scores the verb after them. Sentences written for this test.
 */
class LearnedDateSpeakerTest {
    private static final Annotator LEARNED = new Annotator();

    private static List<String> speakers(String text) {
        Annotation a = LEARNED.annotate(text, null, null, "en");
        return a.quotes().stream().map(Quote::speaker).filter(s -> s != null && s.name() != null)
                .map(s -> s.name()).toList();
    }

    @Test
    void aMonthAfterInSpeaksNothing() {
        String text = "Jane Calder has long warned about the bridge.\n\n"
                + "In May -- just weeks before launching her campaign -- Calder highlighted the cost of the bridge, "
                + "asserting that it had doubled.\n\n"
                + "A survey of 900 voters conducted by Meridian Research for the Herald back in May found that the plan "
                + "was backed by just 36 percent of residents.\n\n"
                + "In May, calder_jane posted a photo of the river with the caption \u201cNot again\u201d.";
        assertThat(speakers(text)).isNotEmpty().noneMatch(s -> s.contains("May"));
    }

    @Test
    void aPossessiveWeekdaySpeaksNothing() {
        String text = "A storm is possible anywhere in the valley.\n\n"
                + "Thursday\u2019s storms erupted as predicted in the western hills, but a cold front \u2014 or the edge "
                + "of cool air from earlier storms \u2014 \u201cundercut\u201d and weakened most of them.\n\n"
                + "Officials met on Monday.\n\nWednesday\u2019s meeting concluded that the bridge must close, but the "
                + "mayor disagreed.";
        assertThat(speakers(text)).noneMatch(s -> s.contains("Thursday") || s.contains("Wednesday"));
    }

    @Test
    void aGermanPrepositionOfTimeIsNoSource() {
        String text = "Die Galerie lud Künstler aus Leipzig und Dresden ein. \"Anna ist ein unheimlich positiver Mensch\", "
                + "beschreibt Vogt die Gründerin. So wie den Einfall, für ein paar Monate nach London zu gehen. "
                + "Nach Jahren des Eingesperrtseins wollten sie alle hinaus in die Welt. Nach 3 Wochen kamen sie "
                + "zurück.\n\n\"Wir hatten eine irre Zeit. Es war ein Erfolg.\"";
        Annotation a = LEARNED.annotate(text, null, null, "de");
        assertThat(a.quotes()).noneMatch(q -> q.cue() != null && q.cue().toLowerCase(java.util.Locale.ROOT)
                .startsWith("nach"));
        assertThat(a.quotes()).extracting(Quote::speaker).filteredOn(s -> s != null && s.name() != null)
                .noneMatch(s -> s.name().contains("Eingesperrt") || s.name().contains("Wochen"));
    }
}
