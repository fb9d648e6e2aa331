package org.verbatim.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordClassesTest {
    private static final long SEED = Long.getLong("verbatim.seed", 20261205L);
    private static final List<String> CLASSES = List.of("article", "product", "forum");

    private static WordClasses small() {
        return new WordClasses(CLASSES, Map.of(WordClasses.BIAS, new float[] {1f, 0f, 0f},
                "x:cart", new float[] {-1f, 2f, 0f}, "x:reply", new float[] {0f, 0f, 3f}));
    }

    @Test
    void theMarginsAreTheBiasPlusTheWeightsOfTheWordsPresentAndSoftmaxGivesTheProbabilities() {
        float[] p = small().probabilities(List.of("x:cart", "x:unknown"));
        // margins: article 1 - 1 = 0, product 0 + 2 = 2, forum 0
        double z = 1 + Math.exp(2) + 1;
        assertThat(p[0]).isCloseTo((float) (1 / z), within(1e-6f));
        assertThat(p[1]).isCloseTo((float) (Math.exp(2) / z), within(1e-6f));
        assertThat(p[2]).isCloseTo((float) (1 / z), within(1e-6f));
        float[] none = small().probabilities(List.of());
        assertThat(none[0]).as("the bias alone favours articles").isGreaterThan(none[1]);
        assertThat(small().probabilities(List.of(WordClasses.BIAS))).as("the bias counts once").containsExactly(none);
    }

    @Test
    void writingAndReadingBackKeepsTheWeightsAndTheSameWeightsGiveTheSameBytes() throws IOException {
        Random rnd = new Random(SEED);
        Map<String, float[]> w = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            w.put("x:w" + rnd.nextInt(10_000), new float[] {rnd.nextFloat() - 0.5f, rnd.nextFloat(), -rnd.nextFloat()});
        }
        w.put(WordClasses.BIAS, new float[] {0.1f, 0.2f, 0.3f});
        WordClasses m = new WordClasses(CLASSES, w);
        WordClasses back = WordClasses.read(new ByteArrayInputStream(m.write()));
        assertThat(back.classes()).isEqualTo(CLASSES);
        assertThat(back.size()).isEqualTo(m.size());
        assertThat(back.write()).isEqualTo(m.write());
        assertThat(new WordClasses(CLASSES, new HashMap<>(w)).write()).isEqualTo(m.write());
        List<String> words = List.copyOf(w.keySet()).subList(0, 20);
        float[] a = m.probabilities(words);
        float[] b = back.probabilities(words);
        for (int c = 0; c < a.length; c++) {
            assertThat(b[c]).as("four significant digits keep the probabilities").isCloseTo(a[c], within(2e-3f));
        }
    }

    @Test
    void aMalformedModelIsRefusedWithTheLineAtFault() {
        String bad = "verbatim-words-1\narticle\tproduct\tforum\nbias\t1 0 0\nx:cart\t1 2\n";
        assertThatThrownBy(() -> WordClasses.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("line 4");
        assertThatThrownBy(() -> WordClasses.read(new ByteArrayInputStream("trees".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("verbatim-words-1");
        assertThatThrownBy(() -> new WordClasses(CLASSES, Map.of("x:a", new float[] {1f})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 weights for 3 classes");
        assertThatThrownBy(() -> new WordClasses(CLASSES, Map.of("x:a\tb", new float[3])))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWordReadFromABufferFindsOnlyTheKeyOfItsExactCharsWhateverTheirLengthOrWhatFollowsInTheBuffer() {
        WordClasses m = new WordClasses(CLASSES, Map.of("x:ab", new float[] {1f, 0f, 0f},
                "x:abc", new float[] {0f, 1f, 0f}, "x:abd", new float[] {0f, 0f, 1f}, "x:b", new float[] {2f, 0f, 0f},
                "x:\u00e9t\u00e9", new float[] {0f, 3f, 0f}));
        for (String word : List.of("x:ab", "x:abc", "x:abd", "x:b", "x:\u00e9t\u00e9", "x:abe", "x:a", "x:abcd")) {
            char[] buffer = (word + "dZ\u00e9").toCharArray(); // a reused buffer holds more than the word
            WordClasses.Tally t = m.tally();
            t.add(buffer, word.length(), word.hashCode());
            t.add(buffer, word.length(), word.hashCode()); // a repeat counts once
            assertThat(t.probabilities()).as(word).containsExactly(m.probabilities(List.of(word)));
        }
        assertThat(m.probabilities(List.of("x:abe"))).as("an unknown word weighs nothing")
                .containsExactly(m.probabilities(List.of()));
        assertThat(m.probabilities(List.of("x:abd"))).isNotEqualTo(m.probabilities(List.of("x:abc")));
        assertThat(m.probabilities(List.of("x:abc", "x:abc"))).containsExactly(m.probabilities(List.of("x:abc")));
    }
}
