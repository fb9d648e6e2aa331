package org.verbatim.extract.html.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.verbatim.extract.html.Pages;
import org.verbatim.extract.html.dom.FragmentMatcher;
import org.verbatim.model.Article;
import org.verbatim.model.Timestamp;

class VisibleDatesTest {

    private static Article page(String head, String body) {
        return Pages.extract(Pages.page("<title>Council votes on budget</title>" + head, body));
    }

    @Test
    void aShortTextIsReadAndALongContainerIsNot() {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse("<div class='date'>  Posted  <b>3 March 2024</b> </div>"
                + "<div class='date-wrap'><p>" + "word ".repeat(60) + "</p><span>3 March 2024</span></div>");
        assertThat(VisibleDates.shortText(doc.selectFirst(".date"))).isEqualTo("Posted 3 March 2024");
        assertThat(VisibleDates.shortText(doc.selectFirst(".date-wrap"))).as("longer than MAX_TEXT").isNull();
        String spaced = "<div class='s'>" + "a  ".repeat(VisibleDates.MAX_TEXT / 2 + 1) + "</div>";
        assertThat(VisibleDates.shortText(org.jsoup.Jsoup.parse(spaced).selectFirst(".s")))
                .as("few letters, but a text longer than MAX_TEXT once spaced").isNull();
    }

    @Test
    void shownDateNextToTheHeadlineWhenNothingIsDeclared() {
        Article a = page("", "<article><h1>Council votes on budget</h1><p><small>Thursday, 15 February 2018, 19:51"
                + "</small></p>" + Pages.paras(1, 3) + "</article>");
        assertThat(a.published().date()).isEqualTo(LocalDate.of(2018, 2, 15));
    }

    @Test
    void updatedStampBeforeTheHeadlineIsNotThePublicationDate() {
        Article a = page("", "<article><div class='post-meta'>Updated 3 March 2024 – Published 1 March 2024</div>"
                + "<h1>Council votes on budget</h1>" + Pages.paras(1, 3) + "</article>");
        assertThat(a.published().date()).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void declaredDateWinsOverAShownDateThatDisagrees() {
        // measured on htmldate and fundus: shown dates (teasers, comments) are wrong more often than JSON-LD
        String ld = "{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-05-03T10:00:00Z\"}";
        Article a = page("<script type='application/ld+json'>" + ld + "</script>", "<article><h1>Council votes on "
                + "budget</h1><p class='date'>2 May 2023</p>" + Pages.paras(1, 3) + "</article>");
        assertThat(a.published().date()).isEqualTo(LocalDate.of(2024, 5, 3));
    }

    @Test
    void futureDeclaredDateIsRejectedForTheShownOne() {
        int next = LocalDate.now(ZoneOffset.UTC).getYear() + 3;
        Article a = page("<meta property='article:published_time' content='" + next + "-01-01T00:00:00Z'>",
                "<article><h1>Council votes on budget</h1><span class='byline-date'>4 June 2021</span>"
                        + Pages.paras(1, 3) + "</article>");
        assertThat(a.published().date()).isEqualTo(LocalDate.of(2021, 6, 4));
    }

    @Test
    void urlDateIsTheLastResortBeforeBodyText() {
        assertThat(Pages.TODAY.fromUrl("https://news.example.com/2019/06/17/council-votes")).hasToString("2019-06-17");
        assertThat(Pages.TODAY.fromUrl("https://news.example.com/story-20190617.html")).hasToString("2019-06-17");
        assertThat(Pages.TODAY.fromUrl("https://news.example.com/2019/06/council-votes")).isNull();
        assertThat(Pages.TODAY.fromUrl("https://2019-06-17.example.com/")).isNull();
    }

    @Test
    void implausibleDatesAreRejected() {
        assertThat(Pages.TODAY.plausible(Timestamp.parse("1985-01-01"))).isFalse();
        assertThat(Pages.TODAY.plausible(Timestamp.parse("2020-01-01"))).isTrue();
    }

    @Test
    void hintsMatchIgnoringCase() {
        FragmentMatcher m = new FragmentMatcher(VisibleDates.DATE_HINTS);
        assertThat(m.matches("entry-PostDate")).isTrue();
        assertThat(m.matches("POSTED-ON")).isTrue();
        assertThat(m.matches("headline")).isFalse();
        assertThat(m.matches("")).isFalse();
    }
}
