package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Annotation;
import org.verbatim.model.Quote;
import org.verbatim.model.Speaker;

/**
 * A title inside a capitalised run before a name is the title, not part of the name: the speaker is the person, under
 * one name however the text titles them. Sentences written for this test.
 */
class InnerTitleTest {
    private static List<Speaker> speakers(String text, String language) {
        Annotation a = Annotator.rulesOnly().annotate(text, null, null, language);
        return a.quotes().stream().map(Quote::speaker).filter(s -> s != null && s.name() != null).toList();
    }

    @Test
    void anEnglishTitleAfterACapitalisedModifierIsTheTitle() {
        List<Speaker> s = speakers("\"The plan will work,\" said Economy Minister Marcelo Ortega on Monday.\n\n"
                + "\"We have the money,\" said Orbitex CEO Dana Whitfield.", "en");
        assertThat(s).extracting(Speaker::name).containsExactly("Marcelo Ortega", "Dana Whitfield");
        assertThat(s.get(0).title()).contains("Minister");
    }

    @Test
    void aGermanCompoundRoleIsTheTitle() {
        List<Speaker> s = speakers("„Wir prüfen das“, sagte US-Präsident Daniel Brenner am Montag. "
                + "„Die Daten sind eindeutig“, sagte der Klimaforscher Karsten Hollweg. "
                + "„Das ist falsch“, sagte Daniel Brenner später.", "de");
        assertThat(s).extracting(Speaker::name)
                .containsExactly("Daniel Brenner", "Karsten Hollweg", "Daniel Brenner");
    }

    @Test
    void aRoleBeforeAPrepositionKeepsTheOrganisationWhole() {
        List<Speaker> s = speakers("„Das ist ein Skandal“, sagte der Vorstandsvorsitzende von Transparency "
                + "International.", "de");
        assertThat(s).extracting(Speaker::name).noneMatch(n -> n.startsWith("von "));
    }

    @Test
    void aDescriptionOfSeveralPeopleIsNoOneOfThem() {
        Annotation a = Annotator.rulesOnly().annotate("Bundestagspräsident Norbert Lammer sprach am Montag in Berlin. "
                + "Auch Wolfgang Thiel war dabei. Die beiden Politiker sagten, es komme zu spät.", null, null, "de");
        assertThat(a.quotes()).filteredOn(q -> "sagten".equals(q.cue())).isNotEmpty()
                .allSatisfy(q -> assertThat(q.speaker() == null ? "" : q.speaker().name()).doesNotContain("Lammer"));
    }
}
