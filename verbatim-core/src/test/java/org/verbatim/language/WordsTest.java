package org.verbatim.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The per-language word lists: read from the data files, merged across languages, one definition each. */
class WordsTest {
    @Test
    void listsComePerLanguageAndTogether() {
        assertThat(Words.languages()).contains("en", "de");
        assertThat(Words.of("en", "first-person-subjects")).containsExactlyInAnyOrder("i", "we");
        assertThat(Words.of("de", "first-person-subjects")).containsExactlyInAnyOrder("ich", "wir");
        assertThat(Words.all("first-person-subjects")).containsExactlyInAnyOrder("i", "we", "ich", "wir");
        assertThat(Words.of("xx", "first-person-subjects")).isEmpty();
        assertThat(Words.of("en", "no-such-list")).isEmpty();
    }

    @Test
    void nameParticlesTrustedInRunningTextAreASubsetOfTheNameParticles() {
        assertThat(Words.nameParticles()).contains("van", "von", "der", "bin", "y", "st.");
        assertThat(Words.nameParticlesInText()).contains("van", "von", "bin", "ter")
                .doesNotContain("der", "y", "e", "das");
        assertThat(Words.nameParticles()).containsAll(Words.nameParticlesInText());
    }
}
