package org.verbatim.extract.html.dom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class FragmentMatcherTest {
    private static final List<String> FRAGMENTS = List.of("date", "time", "meta", "meta-info", "stamp", "info",
            "datum", "by", "fecha", "data-pub", "xıd", "sſtamp", "née", "posted", "ste");
    private static final FragmentMatcher MATCHER = new FragmentMatcher(FRAGMENTS);
    /** Pieces random values are made of: fragment parts, case variants, separators, characters that fold oddly. */
    private static final String[] PIECES = {"d", "a", "t", "e", "D", "A", "T", "E", "ti", "me", "Me", "meta", "-",
            "_", " ", "info", "IN", "st", "amp", "post", "ı", "İ", "ſ", "K", "é", "É", "n", "N", "1", "by", "BY", "x",
            "data-", "pub", "um", "fech", "a", "i", "I"};

    @Test
    void findsFragmentsIgnoringAsciiCase() {
        assertThat(MATCHER.matches("post-DATE_line")).isTrue();
        assertThat(MATCHER.matches("PublishedTime")).isTrue();
        assertThat(MATCHER.matches("article-body")).isFalse();
        assertThat(MATCHER.matches("")).isFalse();
    }

    @Test
    void overlappingPrefixesDoNotHideALaterMatch() {
        // "met" then "meta": the automaton must fall back within "mmeta" and "metmeta"
        assertThat(MATCHER.matches("mmeta")).isTrue();
        assertThat(MATCHER.matches("metmeta")).isTrue();
        assertThat(MATCHER.matches("datdatum")).isTrue();
        assertThat(MATCHER.matches("dat-um")).isFalse();
        // "ste" ends inside a path of "posted": found though "posted" never completes
        assertThat(MATCHER.matches("postex")).isTrue();
    }

    @Test
    void rejectsUpperCaseOrNonAsciiInitialFragments() {
        assertThatThrownBy(() -> new FragmentMatcher(List.of("Date"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FragmentMatcher(List.of("éte"))).isInstanceOf(IllegalArgumentException.class);
    }

    static IntStream seeds() {
        return IntStream.range(0, 20);
    }

    /** The automaton answers exactly as the plain regionMatches scan, non-ASCII case folding included. */
    @ParameterizedTest
    @MethodSource("seeds")
    void agreesWithThePlainScan(int seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            String value = randomValue(random);
            assertThat(MATCHER.matches(value)).as(value).isEqualTo(MATCHER.scan(value));
        }
    }

    /** A group answers, bit by bit, as each of its matchers alone, non-ASCII values included. */
    @ParameterizedTest
    @MethodSource("seeds")
    void groupAgreesWithEachMatcher(int seed) {
        FragmentMatcher other = new FragmentMatcher(List.of("dat", "post", "xıd", "e-i"));
        FragmentMatcher.Group group = new FragmentMatcher.Group(MATCHER, other);
        Random random = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            String value = randomValue(random);
            int expected = (MATCHER.matches(value) ? 1 : 0) | (other.matches(value) ? 2 : 0);
            assertThat(group.matches(value)).as(value).isEqualTo(expected);
        }
    }

    /** Up to 11 random {@link #PIECES}. */
    private static String randomValue(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int k = random.nextInt(12); k > 0; k--) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }
}
