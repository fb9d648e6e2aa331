package org.verbatim.extract.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhrasesTest {
    private static final long SEED = Long.getLong("verbatim.seed", 20261205L);

    @Test
    void findsWhatContainsFinds() {
        Phrases p = new Phrases(List.of("getty images", "©", "/afp", "reuters/", "ap photo", "foto:", "bild", "ge"));
        assertThat(p.in("photo: jane doe/getty images")).isTrue();
        assertThat(p.in("© 2024 example")).isTrue();
        assertThat(p.in("xgx")).isFalse();
        assertThat(p.in("")).isFalse();
        assertThat(p.in("a page")).as("a short phrase inside a word").isTrue();
        assertThat(new Phrases(List.of()).in("anything")).isFalse();
        assertThat(new Phrases(List.of("")).in("")).as("the empty phrase is in every text").isTrue();
    }

    @Test
    void agreesWithOneContainsPerPhraseOnRandomTexts() {
        Random rnd = new Random(SEED);
        String alphabet = "abcab ©üé/:.東";
        for (int round = 0; round < 300; round++) {
            List<String> phrases = new ArrayList<>();
            for (int k = rnd.nextInt(8); k > 0; k--) {
                phrases.add(random(rnd, alphabet, 1 + rnd.nextInt(4)));
            }
            Phrases p = new Phrases(phrases);
            for (int t = 0; t < 50; t++) {
                String text = random(rnd, alphabet + "xyz\u00e0", rnd.nextInt(30));
                boolean expected = phrases.stream().anyMatch(text::contains);
                assertThat(p.in(text)).as("seed " + SEED + " " + phrases + " in [" + text + "]").isEqualTo(expected);
            }
        }
    }

    private static String random(Random rnd, String alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
