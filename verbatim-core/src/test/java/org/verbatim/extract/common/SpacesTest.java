package org.verbatim.extract.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SpacesTest {
    @Test
    void collapsesRunsAndCountsWords() {
        assertThat(Spaces.collapse("a \t\n b  c\r\nd")).isEqualTo("a b c d");
        assertThat(Spaces.collapse("no change here")).isSameAs("no change here");
        assertThat(Spaces.words("  two\u00a0words \u2003")).isEqualTo(1); // NBSP is not \s: one word
        assertThat(Spaces.words("\u2003 one two\tthree ")).isEqualTo(3);
        assertThat(Spaces.words(" \t ")).isZero();
    }

    @Test
    void isSpaceIsTheRegexSpaceForEveryChar() {
        java.util.regex.Pattern space = java.util.regex.Pattern.compile("\\s");
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertThat(Spaces.isSpace(c)).as("U+%04X", i).isEqualTo(space.matcher(String.valueOf(c)).matches());
        }
    }

    static LongStream seeds() {
        return LongStream.range(0, 200).map(i -> 7_000L + i);
    }

    /** Same results as the regex calls they replace, on random strings of letters and all kinds of spaces. */
    @ParameterizedTest
    @MethodSource("seeds")
    void agreesWithTheRegexVersions(long seed) {
        Random random = new Random(seed);
        String alphabet = "ab \t\n\u000B\f\r\u00a0\u2003\u3000.";
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = random.nextInt(30); i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String s = sb.toString();
        assertThat(Spaces.collapse(s)).as("seed %d", seed).isEqualTo(s.replaceAll("\\s+", " "));
        assertThat(Spaces.words(s)).as("seed %d", seed)
                .isEqualTo(s.isBlank() ? 0 : s.strip().split("\\s+").length);
    }
}
