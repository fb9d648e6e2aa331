package org.verbatim.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.verbatim.extract.HtmlExtractor;
import org.verbatim.model.Article;
import org.verbatim.model.Page;

class RobustnessTest {

    @Test
    void tenThousandLevelsOfNestingDoNotOverflowTheStack() {
        int depth = 10_000;
        String html = "<div>".repeat(depth) + Pages.paras(1, 3) + "</div>".repeat(depth);
        Article a = Pages.extract(Pages.page("<title>Deep</title>", html));
        assertThat(a.warnings()).noneMatch(w -> w.startsWith("extraction failed"));
        assertThat(a.text()).contains(Pages.para(1), Pages.para(3));
    }

    @Test
    void emptyInputGivesAnEmptyArticleWithAWarning() {
        Article a = new HtmlExtractor(Pages.CLOCK).extract(Page.html("t", null, new byte[0]));
        assertThat(a.blocks()).isEmpty();
        assertThat(a.warnings()).contains("empty input");
    }

    @Test
    void binaryJunkGivesAnEmptyArticleWithAWarning() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Article a = new HtmlExtractor(Pages.CLOCK).extract(Page.html("t", null, junk));
        assertThat(a.blocks()).isEmpty();
        assertThat(a.warnings()).isNotEmpty();
    }

    @Test
    void wronglyDecodedTextIsNotMistakenForBinary() {
        String html = Pages.page("<title>T</title>", "<article>" + Pages.paras(1, 3) + "</article>")
                .replace("Paragraph", "Paragraph" + " \u00e9\u00e8\u00e0\u00fc\u00f6\u00e4\u00df".repeat(12));
        // not valid UTF-8: decoded as UTF-8, over a tenth of the characters would be U+FFFD
        byte[] latin1 = html.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Article a = new HtmlExtractor(Pages.CLOCK).extract(Page.html("t", null, latin1));
        assertThat(a.warnings()).doesNotContain("binary content, not HTML");
        assertThat(a.blocks()).hasSize(3);
    }

    @Test
    void nulBytesInsideHtmlAreIgnored() {
        String html = Pages.page("<title>T</title>", "<article>" + Pages.paras(1, 3) + "</article>");
        byte[] bytes = html.replace("Paragraph 2", "Paragraph\0 2").getBytes(StandardCharsets.UTF_8);
        Article a = new HtmlExtractor(Pages.CLOCK).extract(Page.html("t", null, bytes));
        assertThat(a.text()).contains(Pages.para(1), Pages.para(2));
    }

    @Test
    void pageWithoutParagraphsWarns() {
        Article a = Pages.extract(Pages.page("<title>T</title>", "<div><a href='/'>Home</a></div>"));
        assertThat(a.blocks()).isEmpty();
        assertThat(a.warnings()).contains("no main content found");
    }

    static IntStream seeds() {
        return IntStream.range(0, 25);
    }

    /** Random tag soup: the extractor returns valid articles and only ever keeps text that was in the input. */
    @ParameterizedTest
    @MethodSource("seeds")
    void randomTagSoupNeverBreaksExtraction(int seed) {
        Random r = new Random(seed);
        String[] tags = {"div", "p", "span", "ul", "li", "table", "td", "tr", "h2", "a", "article", "section",
                "blockquote", "figure", "figcaption", "pre", "nav", "b", "i", "br"};
        StringBuilder sb = new StringBuilder("<html><body>");
        for (int i = 0; i < 400; i++) {
            String tag = tags[r.nextInt(tags.length)];
            switch (r.nextInt(4)) {
                case 0 -> sb.append('<').append(tag).append(r.nextBoolean() ? " class='content'" : "").append('>');
                case 1 -> sb.append("</").append(tag).append('>');
                default -> sb.append(" word").append(r.nextInt(50)).append(r.nextBoolean() ? ", more words here" : "");
            }
        }
        Article a = Pages.extract(sb.toString());
        assertThat(a.warnings()).noneMatch(w -> w.startsWith("extraction failed"));
        assertThat(a.text()).matches("[\\sa-z0-9,|]*");
    }
}
