package org.verbatim.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.model.Block;

/**
 * The text path with the shipped line scorer on the synthetic fixtures of {@link ScrapedTextParserTest}: what the
 * scorer keeps, the layout around it must still find the headline the rules find, and lines the rules know for
 * furniture or metadata never reach the body.
 */
class ScrapedTextModelPathTest {
    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);
    private static final Set<LineKind> NEVER_BODY = Set.of(LineKind.JUNK, LineKind.BOILERPLATE, LineKind.SECTION_END,
            LineKind.DATELINE, LineKind.BYLINE);

    private static String fixture(String name) throws IOException {
        try (InputStream in = ScrapedTextParserTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"german.txt", "wet-record.txt", "no-dateline.txt", "french.txt", "bylines.txt"})
    void theScorerKeepsTheRulesHeadlineAndNoFurniture(String name) throws IOException {
        assumeTrue(LineModels.shipped() != LineModels.NONE, "no line models in this build");
        String text = fixture(name);
        ScrapedTextParser rules = new ScrapedTextParser(DAY, LineModels.NONE);
        ScrapedArticle model = new ScrapedTextParser(DAY).parse(text);
        assertThat(model.title()).isNotNull().isEqualTo(rules.parse(text).title());
        assertThat(model.pageType()).isNotNull();
        assertThat(model.blocks()).isNotEmpty();
        List<String> body = model.blocks().stream().map(Block::text).toList();
        for (Unit u : rules.units(text)) {
            if (NEVER_BODY.contains(u.kind())) {
                assertThat(body).as("%s line %s", u.kind(), u.text()).doesNotContain(u.text());
            }
        }
        assertThat(body).doesNotContain(model.title());
    }

    @org.junit.jupiter.api.Test
    void aTextBeyondTheLineBudgetIsLeftToTheRulesWithAWarning() throws IOException {
        assumeTrue(LineModels.shipped() != LineModels.NONE, "no line models in this build");
        StringBuilder sb = new StringBuilder(fixture("wet-record.txt"));
        java.util.Random rnd = new java.util.Random(17);
        for (int i = 0; i <= ScrapedTextParser.MAX_SCORED_LINES; i++) {
            sb.append("\nitem ").append(rnd.nextInt(100_000));
        }
        String text = sb.toString();
        ScrapedArticle model = new ScrapedTextParser(DAY).parse(text);
        ScrapedArticle rules = new ScrapedTextParser(DAY, LineModels.NONE).parse(text);
        assertThat(model.blocks()).isEqualTo(rules.blocks());
        assertThat(model.pageType()).isNull();
        assertThat(model.warnings()).anyMatch(org.verbatim.model.Article::isBudgetWarning);
    }
}
