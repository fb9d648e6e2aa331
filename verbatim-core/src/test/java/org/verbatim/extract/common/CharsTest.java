package org.verbatim.extract.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharsTest {
    /** Every char, not a sample: the ASCII shortcuts must give Character's answers, and the rest fall through. */
    @Test
    void answersAsCharacterForEveryChar() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertThat(Chars.isLetterOrDigit(c)).as("isLetterOrDigit U+%04X", i).isEqualTo(Character.isLetterOrDigit(c));
            assertThat(Chars.isWhitespace(c)).as("isWhitespace U+%04X", i).isEqualTo(Character.isWhitespace(c));
            assertThat(Chars.isUpperCase(c)).as("isUpperCase U+%04X", i).isEqualTo(Character.isUpperCase(c));
            assertThat(Chars.toLowerCase(c)).as("toLowerCase U+%04X", i).isEqualTo(Character.toLowerCase(c));
        }
    }
}
