package org.verbatim.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.Verbatim;
import org.verbatim.model.Article;

/** The tag budget: a page with more tags than {@link HtmlExtractor#MAX_TAGS} is parsed up to it, with a warning. */
class HtmlExtractorBudgetTest {

    @Test
    void aTextIsCutBeforeTheFirstTagOverTheBudget() {
        List<String> warnings = new ArrayList<>();
        assertThat(HtmlExtractor.withinTagBudget("<a><b><c>", 100, warnings)).isEqualTo("<a><b><c>");
        assertThat(HtmlExtractor.withinTagBudget("<a><b><c><d>", 4, warnings)).isEqualTo("<a><b><c><d>");
        assertThat(HtmlExtractor.withinTagBudget("<a>x<b>y<c>zzzz", 3, warnings)).isEqualTo("<a>x<b>y<c>zzzz");
        assertThat(warnings).isEmpty();
        assertThat(HtmlExtractor.withinTagBudget("<a>x<b>y<c>z<d>w<e>", 3, warnings)).isEqualTo("<a>x<b>y<c>z");
        assertThat(warnings).containsExactly("budget: page cut after 3 tags, at character 12 of 19");
    }

    @Test
    void aPageOfMillionsOfTagsKeepsItsArticleAndSaysItWasCut() {
        StringBuilder sb = new StringBuilder("<html><head><title>Harbour bridge closes</title></head><body><article>"
                + "<h1>Harbour bridge closes</h1>");
        for (int i = 0; i < 20; i++) {
            sb.append("<p>The harbour bridge closes for repairs on Monday, the council said in a statement, and ferries "
                    + "will run every twenty minutes until the work is done in spring.</p>");
        }
        sb.append("</article><div>");
        sb.append("<b>x".repeat(1_000_000)); // 4 MB of nested tags: about 500 MB of DOM if all were parsed
        Article a = Verbatim.extractHtml(sb.toString(), "https://news.example/bridge");
        assertThat(a.title()).isEqualTo("Harbour bridge closes");
        assertThat(a.text()).contains("ferries will run every twenty minutes");
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w)
                .startsWith("budget: page cut after " + HtmlExtractor.MAX_TAGS + " tags"));
    }
}
