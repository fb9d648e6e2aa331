package org.verbatim.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Article;
import org.verbatim.model.Page;
import org.verbatim.pipeline.PagePath;

/**
 * The day a page is read comes from the clock the path is built with, never from the wall clock: the same page gives
 * a date next year refused on one clock and accepted on a clock two years later.
 */
class ReferenceDayTest {
    /** The day the pages below are read on by the first clock. */
    private static final LocalDate DAY = LocalDate.of(2031, 5, 4);
    /** Next year, seen from {@link #DAY}: after it, so implausible then. */
    private static final String NEXT_YEAR = "2032-03-17";
    private static final String BODY = ("<p>The harbour authority said on Tuesday that the new quay would open to "
            + "ferries next spring, after two years of building and a long dispute over its cost.</p>").repeat(6);

    private static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private static String published(Article a) {
        return a.published() == null ? null : a.published().date().toString();
    }

    private static Article html(Clock clock, String html) {
        return PagePath.standard(clock).extract(Page.html("t", "https://news.example.com/story",
                html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aDeclaredDateNextYearIsRefusedTodayAndAcceptedTwoYearsLater() {
        String page = "<html><head><title>Harbour quay opens to ferries</title>"
                + "<meta property=\"article:published_time\" content=\"" + NEXT_YEAR + "T08:00:00Z\"></head>"
                + "<body><article><h1>Harbour quay opens to ferries</h1>" + BODY + "</article></body></html>";
        assertThat(published(html(at(DAY), page))).isNotEqualTo(NEXT_YEAR);
        assertThat(published(html(at(DAY.plusYears(2)), page))).isEqualTo(NEXT_YEAR);
    }

    @Test
    void aShownDateNextYearIsRefusedTodayAndAcceptedTwoYearsLater() {
        String page = "<html><head><title>Harbour quay opens to ferries</title></head><body><article>"
                + "<h1>Harbour quay opens to ferries</h1><p class=\"post-date\">17 March 2032</p>" + BODY
                + "</article></body></html>";
        assertThat(published(html(at(DAY), page))).isNull();
        assertThat(published(html(at(DAY.plusYears(2)), page))).isEqualTo(NEXT_YEAR);
    }

    @Test
    void scrapedTextDatesFollowTheClockToo() {
        String text = "Harbour quay opens to ferries\nBy Jane Doe\nMarch 17, 2032\n"
                + BODY.replace("<p>", "").replace("</p>", "\n");
        Page page = Page.text("t", null, text.getBytes(StandardCharsets.UTF_8));
        assertThat(published(PagePath.standard(at(DAY)).extract(page))).isNull();
        assertThat(published(PagePath.standard(at(DAY.plusYears(2))).extract(page))).isEqualTo(NEXT_YEAR);
    }

    @Test
    void theClockIsReadPerPageNotOnceWhenThePathIsBuilt() {
        String page = "<html><head><meta property=\"article:published_time\" content=\"" + NEXT_YEAR
                + "T08:00:00Z\"></head><body><article><h1>Harbour quay opens to ferries</h1>" + BODY
                + "</article></body></html>";
        Instant[] now = {DAY.atStartOfDay(ZoneOffset.UTC).toInstant()};
        Clock moving = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        PagePath path = PagePath.standard(moving);
        assertThat(published(html(path, page))).isNotEqualTo(NEXT_YEAR);
        now[0] = DAY.plusYears(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        assertThat(published(html(path, page))).as("a long-running server's path sees the day change")
                .isEqualTo(NEXT_YEAR);
    }

    private static Article html(PagePath path, String html) {
        return path.extract(Page.html("t", "https://news.example.com/story", html.getBytes(StandardCharsets.UTF_8)));
    }
}
