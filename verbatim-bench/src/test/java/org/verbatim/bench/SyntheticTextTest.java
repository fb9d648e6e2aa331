package org.verbatim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticTextTest {
    @Test
    void theSameSeedGivesTheSamePages() {
        assertThat(SyntheticText.pages(8, 7)).isEqualTo(SyntheticText.pages(8, 7));
        assertThat(SyntheticText.pages(8, 7)).isNotEqualTo(SyntheticText.pages(8, 8));
    }

    @Test
    void pagesLookLikeScrapedArticles() {
        List<String> pages = SyntheticText.pages(32, 20240124);
        assertThat(pages).allSatisfy(p -> {
            assertThat(p.length()).isBetween(2_000, 12_000);
            assertThat(p).startsWith(SyntheticText.NAV).contains("\n\nBy ").endsWith(SyntheticText.FOOTER + "\n");
            assertThat(p.split("\n\n").length).isGreaterThan(10);
        });
        assertThat(String.join("", pages)).contains("” ").contains(" said.").contains("Advertisement");
    }
}
