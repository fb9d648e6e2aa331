package org.verbatim.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TitleFormsTest {

    @Test
    void typographicQuotesReadAsStraightOnes() {
        assertThat(TitleForms.readerForm("Al\u2019s \u2018best\u2019 \u201cday\u201d \u201elow\u201f 5\u2032 6\u2033"))
                .isEqualTo("Al's 'best' \"day\" \"low\" 5' 6\"");
    }

    @Test
    void guillemetsAndDashesStayAsTheyAre() {
        assertThat(TitleForms.readerForm("\u00abOui\u00bb \u2039non\u203a \u2013 a\u2014b"))
                .isEqualTo("\u00abOui\u00bb \u2039non\u203a \u2013 a\u2014b");
    }

    @Test
    void invisibleFormatCharactersAreRemoved() {
        // zero-width space, word joiner, soft hyphen, byte-order mark, left-to-right mark
        assertThat(TitleForms.readerForm("Long\u00adword\u200b here\u2060 \ufeffnow\u200e"))
                .isEqualTo("Longword here now");
    }

    @Test
    void formatCharactersThatChangeRenderingAreKept() {
        String persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"; // ZWNJ keeps two letters apart
        assertThat(TitleForms.readerForm(persian)).isEqualTo(persian);
        assertThat(TitleForms.readerForm("a \u0600 b")).isEqualTo("a \u0600 b");
    }

    @Test
    void ideographicAndNoBreakSpacesCollapseToOneSpace() {
        assertThat(TitleForms.readerForm(" \u6771\u4eac\u3000\u5927\u962a\u00a0\u00a0x\u2028y\t "))
                .isEqualTo("\u6771\u4eac \u5927\u962a x y");
    }

    @Test
    void compatibilityFormsFoldToPlainLetters() {
        assertThat(TitleForms.readerForm("\uff21\uff22\uff23\uff11\uff12\uff08\uff09\uff02"))
                .isEqualTo("ABC12()\"");
    }

    @Test
    void caseAndLettersAreNotForgiven() {
        assertThat(TitleForms.readerForm("Big News")).isNotEqualTo(TitleForms.readerForm("big news"));
        assertThat(TitleForms.readerForm("caf\u00e9")).isNotEqualTo(TitleForms.readerForm("cafe"));
    }

    @Test
    void nullStaysNull() {
        assertThat(TitleForms.readerForm(null)).isNull();
        assertThat(TitleForms.withoutCredit(null, "Site")).isNull();
    }

    /** Sprinkling invisible characters and swapping quote glyphs never changes the reader form. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void readerFormIgnoresRandomInvisibleNoise(long seed) {
        Random rnd = new Random(seed);
        String base = "It's a \"plain\" title with words";
        String[] invisible = {"\u200b", "\u2060", "\u00ad", "\ufeff", "\u200e"};
        StringBuilder sb = new StringBuilder();
        for (char c : base.toCharArray()) {
            if (rnd.nextInt(4) == 0) {
                sb.append(invisible[rnd.nextInt(invisible.length)]);
            }
            if (c == '\'') {
                sb.append(TitleForms.SINGLE_QUOTES.charAt(rnd.nextInt(TitleForms.SINGLE_QUOTES.length())));
            } else if (c == '"') {
                sb.append(TitleForms.DOUBLE_QUOTES.charAt(rnd.nextInt(TitleForms.DOUBLE_QUOTES.length())));
            } else if (c == ' ' && rnd.nextBoolean()) {
                sb.append(rnd.nextBoolean() ? "\u3000" : " \u00a0");
            } else {
                sb.append(c);
            }
        }
        assertThat(TitleForms.readerForm(sb.toString())).isEqualTo(base);
    }

    @Test
    void trailingSiteNameAfterASeparatorIsRemoved() {
        assertThat(TitleForms.withoutCredit("Rain ends drought - The Daily Bugle", "The Daily Bugle", null))
                .isEqualTo("Rain ends drought");
        assertThat(TitleForms.withoutCredit("Rain ends drought \u2014 the daily bugle", "The Daily Bugle"))
                .isEqualTo("Rain ends drought");
        assertThat(TitleForms.withoutCredit("Rain ends drought: Bugle", "Bugle")).isEqualTo("Rain ends drought");
    }

    @Test
    void trailingBylineIsRemovedWhenTheRecordNamesIt() {
        assertThat(TitleForms.withoutCredit("Why the sea rose | Jane Roe", "Gazette", "Jane Roe"))
                .isEqualTo("Why the sea rose");
    }

    @Test
    void eastAsianSeparatorsNeedNoSpaces() {
        assertThat(TitleForms.withoutCredit("\u6771\u4eac\u306e\u96e8\uff5c\u65b0\u805e", "\u65b0\u805e"))
                .isEqualTo("\u6771\u4eac\u306e\u96e8");
        assertThat(TitleForms.withoutCredit("\uc624\ub298 \ub0a0\uc528\u3163\uc77c\ubcf4", "\uc77c\ubcf4"))
                .isEqualTo("\uc624\ub298 \ub0a0\uc528");
    }

    @Test
    void titleIsKeptWithoutASeparatedCreditOfTheRecord() {
        // the credit is not at the end
        assertThat(TitleForms.withoutCredit("Bugle - Rain ends drought", "Bugle")).isEqualTo("Bugle - Rain ends drought");
        // the end is not a credit the record names
        assertThat(TitleForms.withoutCredit("Rain ends drought - Weather", "Bugle", "Jane Roe"))
                .isEqualTo("Rain ends drought - Weather");
        // glued to a word, not separated
        assertThat(TitleForms.withoutCredit("Rain at the Post-Bugle", "Bugle")).isEqualTo("Rain at the Post-Bugle");
        assertThat(TitleForms.withoutCredit("Rain at the Bugle", "Bugle")).isEqualTo("Rain at the Bugle");
        // the whole title is the credit
        assertThat(TitleForms.withoutCredit("Bugle", "Bugle")).isEqualTo("Bugle");
        assertThat(TitleForms.withoutCredit("- Bugle", "Bugle")).isEqualTo("- Bugle");
        // no credits known
        assertThat(TitleForms.withoutCredit("Rain - Bugle", null, " ")).isEqualTo("Rain - Bugle");
    }
}
