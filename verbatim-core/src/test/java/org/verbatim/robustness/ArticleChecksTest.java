package org.verbatim.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Article;
import org.verbatim.model.Block;
import org.verbatim.robustness.ArticleChecks.Property;
import org.verbatim.robustness.ArticleChecks.Violation;

/** The checks must catch what they claim to, or the robustness tests would pass vacuously. */
class ArticleChecksTest {
    private static List<Property> properties(Article a) {
        return ArticleChecks.violations(a).stream().map(Violation::property).toList();
    }

    private static Article body(String... blocks) {
        return Article.builder().blocks(java.util.Arrays.stream(blocks).map(Block::paragraph).toList()).build();
    }

    @Test
    void aCleanArticlePasses() {
        Article a = body("Plain text with an emoji 😀 and “quotes”.", "Second block.").toBuilder().title("Title")
                .authors(List.of("Anna Keller")).build();
        assertThat(ArticleChecks.violations(a)).isEmpty();
        assertThat(ArticleChecks.asciiViolations(body("ascii only"))).isEmpty();
    }

    @Test
    void nullIsCaught() {
        assertThat(properties(null)).containsExactly(Property.NON_NULL);
    }

    @Test
    void invisibleBlocksAreCaught() {
        for (String invisible : List.of("\u00A0", "\u200B", "\uFEFF", "\u3000\u2060", "\u0010")) {
            assertThat(properties(body("visible", invisible))).as(ArticleChecks.escape(invisible))
                    .containsExactly(Property.VISIBLE_BLOCKS);
        }
    }

    @Test
    void nulInTextOrMetadataIsCaught() {
        assertThat(properties(body("a\u0000b"))).containsExactly(Property.NO_NUL);
        assertThat(properties(body("ok").toBuilder().authors(List.of("An\u0000na")).build()))
                .containsExactly(Property.NO_NUL);
    }

    @Test
    void unpairedSurrogatesAreCaughtAndBreakTheJsonLine() {
        assertThat(ArticleChecks.unpairedSurrogate("ok 😀")).isEqualTo(-1);
        assertThat(ArticleChecks.unpairedSurrogate("a\uD83D")).isEqualTo(1);
        assertThat(ArticleChecks.unpairedSurrogate("\uDE00a")).isZero();
        assertThat(ArticleChecks.unpairedSurrogate("\uD83D\uD83D\uDE00")).isZero();
        assertThat(properties(body("x\uD800y"))).containsExactly(Property.NO_UNPAIRED_SURROGATE, Property.JSON_LINE);
        assertThat(properties(body("ok").toBuilder().title("T\uDFFF").build()))
                .containsExactly(Property.NO_UNPAIRED_SURROGATE, Property.JSON_LINE);
    }

    @Test
    void mojibakeOfAnAsciiPageIsCaught() {
        assertThat(ArticleChecks.asciiViolations(body("\u4854\u4d4c")))
                .extracting(Violation::property).containsExactly(Property.ASCII_STAYS_ASCII);
        assertThat(ArticleChecks.asciiViolations(body("ok").toBuilder().title("caf\u00e9").build())).hasSize(1);
    }
}
