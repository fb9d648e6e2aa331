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

    /**
     * Every list in the language folders, read together in one go (the first reads of many lists fill one cache: a
     * union must not update it from inside its own computation), is the union of the languages' lists.
     */
    @Test
    void everyListReadTogetherIsTheUnionOfItsLanguages() throws Exception {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (String lang : Words.languages()) {
            java.net.URL dir = Words.class.getResource("words/" + lang);
            try (var files = java.nio.file.Files.list(java.nio.file.Path.of(dir.toURI()))) {
                files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".txt"))
                        .forEach(f -> names.add(f.substring(0, f.length() - 4)));
            }
        }
        assertThat(names).contains("according", "np-determiners", "clause-starts", "cut-trailers");
        for (String name : names) {
            java.util.Set<String> union = new java.util.HashSet<>();
            for (String lang : Words.languages()) {
                union.addAll(Words.of(lang, name));
            }
            assertThat(Words.all(name)).as(name).isNotEmpty().isEqualTo(union);
        }
    }
}
