package org.verbatim.extract.html.dom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HintSetTest {
    private static final List<String> ONE = List.of("share", "~nav", "promo*", "*social*", "*sidebar*", "*ad-*");
    private static final List<String> TWO = List.of("~body", "article*", "*article-body*", "*artículo*", "*bar*");
    private static final HintSet SET = new HintSet().add(ONE, 1).add(TWO, 2);
    private static final String[] PIECES = {"nav", "share", "promo", "social", "side", "bar", "ad", "-", "_", "article",
            "body", "Body", "artículo", "í", "K", "İ", "x", "a", "r", "t", "i", "cle", "SOCIAL", "Promo", "Nav", "navBar", "SHARE",
            "share", "1", "Share"};

    @Test
    void matchesEachKindOfHint() {
        assertThat(SET.bits("share", List.of("share"), true)).isEqualTo(1);
        assertThat(SET.bits("promo-box", HintSet.tokens("promo-box"), true)).isEqualTo(1);
        assertThat(SET.bits("my-promo", HintSet.tokens("my-promo"), true)).isZero();
        assertThat(SET.bits("main-social-links", HintSet.tokens("main-social-links"), true)).isEqualTo(1);
        assertThat(SET.bits("main-social-links", HintSet.tokens("main-social-links"), false)).isZero();
        assertThat(SET.bits("the-article-body", HintSet.tokens("the-article-body"), true)).isEqualTo(2);
        assertThat(SET.bits("sidebar-nav", HintSet.tokens("sidebar-nav"), true)).isEqualTo(3);
        assertThat(SET.bits("el-artículo", HintSet.tokens("el-artículo"), true)).isEqualTo(2);
    }

    static IntStream seeds() {
        return IntStream.range(0, 10);
    }

    /** The automata answer as one startsWith/contains per hint would, non-ASCII names included. */
    @ParameterizedTest
    @MethodSource("seeds")
    void agreesWithOneTestPerHint(int seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            String name = randomName(random);
            String lower = name.toLowerCase(Locale.ROOT);
            List<String> tokens = HintSet.tokens(name);
            boolean substrings = random.nextBoolean();
            int expected = reference(ONE, lower, tokens, substrings) | 2 * reference(TWO, lower, tokens, substrings);
            assertThat(SET.bits(lower, tokens, substrings)).as(lower).isEqualTo(expected);
            // as written (any case): the allocation-free path for ASCII names must agree
            assertThat(SET.nameBits(name, Integer.MAX_VALUE, substrings)).as(name).isEqualTo(expected);
            List<String> few = tokens.size() > 2 ? List.of() : tokens;
            assertThat(SET.nameBits(name, 2, substrings)).as(name)
                    .isEqualTo(reference(ONE, lower, few, substrings) | 2 * reference(TWO, lower, few, substrings));
        }
    }

    /** A paired set answers for both of its sets at once, the second's bits in the high half. */
    @ParameterizedTest
    @MethodSource("seeds")
    void pairedSetAnswersForBoth(int seed) {
        HintSet low = new HintSet().add(ONE, 1).add(TWO, 4);
        HintSet high = new HintSet().add(TWO, 1).add(List.of("~side", "nav*", "*cle*"), 1 << 30);
        HintSet both = HintSet.paired(low, high);
        Random random = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            String name = randomName(random);
            int maxParts = random.nextBoolean() ? Integer.MAX_VALUE : 2;
            boolean substrings = random.nextBoolean();
            long expected = low.nameBits(name, maxParts, substrings) | high.nameBits(name, maxParts, substrings) << 32;
            assertThat(both.nameBits(name, maxParts, substrings)).as(name).isEqualTo(expected);
        }
    }

    /** Up to 7 random {@link #PIECES}. */
    private static String randomName(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int k = random.nextInt(8); k > 0; k--) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    private static int reference(List<String> hints, String lower, List<String> tokens, boolean substrings) {
        for (String h : hints) {
            boolean hit = h.startsWith("*") ? substrings && lower.contains(h.substring(1, h.length() - 1))
                    : h.startsWith("~") ? tokens.contains(h.substring(1))
                    : h.endsWith("*") ? lower.startsWith(h.substring(0, h.length() - 1)) : lower.equals(h);
            if (hit) {
                return 1;
            }
        }
        return 0;
    }
}
