package org.verbatim.extract.html.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.verbatim.Verbatim;
import org.verbatim.extract.html.Pages;
import org.verbatim.model.Timestamp;

class DateCascadeTest {

    private static String text(Timestamp t) {
        return t == null ? null : t.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Published: 3 May 2024, 10:15                  | 2024-05-03T10:15
            By Jane Doe. First published on May 3, 2024   | 2024-05-03
            Veröffentlicht am 3. Mai 2024                 | 2024-05-03
            Erschienen am: 01.11.2023 Lesungen: 61        | 2023-11-01
            Publié le 3 mai 2024 à 07h41                  | 2024-05-03T07:41
            Mise en ligne 23 mai 2019                     | 2019-05-23
            Publicado el 3 de mayo de 2024                | 2024-05-03
            Pubblicato il 3 maggio 2024                   | 2024-05-03
            Data de publicação: 3 de maio de 2024         | 2024-05-03
            Gepubliceerd op 3 mei 2024                    | 2024-05-03
            Opublikowano: 3 maja 2024                     | 2024-05-03
            Опубликовано 3 мая 2024                       | 2024-05-03
            发布时间：2024年5月3日                          | 2024-05-03
            公開日 2024年5月3日                             | 2024-05-03
            Publicerad 3 maj 2024                         | 2024-05-03
            Published: updated 5 May 2024                 | -
            unpublished 3 May 2024                        | -
            Published long ago in a magazine that no longer exists, reprinted 3 May 2024 | -
            """)
    void labelledDatesInManyLanguages(String line, String expected) {
        assertThat(text(Pages.TODAY.labelled(line))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            28.01.22 / 0 Kommentare          | 2022-01-28
            von Klaus Schöppner, 8.5.12 Die  | 2012-05-08
            Version 1.2.10.4 released        | -
            Score 3.14.15                    | -
            Aktualisiert 3.2.22              | -
            """)
    void twoDigitYearsOnlyAsDatelines(String line, String expected) {
        assertThat(text(Pages.TODAY.shortYear(line))).isEqualTo(expected);
    }

    @Test
    void urlDatesWithoutPadding() {
        assertThat(Pages.TODAY.fromUrl("https://blog.example.com/home/2017/7/12/council-votes")).hasToString(
                "2017-07-12");
        assertThat(Pages.TODAY.fromUrl("https://blog.example.com/2017/7/123/council-votes")).isNull();
        assertThat(Pages.TODAY.fromUrl("https://blog.example.com/2017/13/1/council-votes")).isNull();
    }

    @Test
    void updateStampIsFoundAndPublicationIsNot() {
        assertThat(Pages.TODAY.updateStamp("Updated 3 March 2024 – Published 1 March 2024")).hasToString(
                "2024-03-03");
        assertThat(Pages.TODAY.updateStamp("Published 1 March 2024")).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sat, 19 Oct 2019 00:04:00 +0200  | 2019-10-19T00:04+02:00
            2020-12-05T23:15:0Z              | 2020-12-05T23:15Z
            18.10.2019 17:08                 | 2019-10-18T17:08
            2023-11-08 22:28:35              | 2023-11-08T22:28:35
            20190617                         | 2019-06-17
            """)
    void declaredDatesInTheFormsPagesUse(String raw, String expected) {
        assertThat(text(DateSources.parseDeclared(raw, Pages.TODAY))).isEqualTo(expected);
    }

    @Test
    void headlineTextIsBoundedAndReachesDeeplyNestedDatelines() {
        String nested = "<div><div><div><div><h1>Council votes</h1></div></div></div><div>Familie</div>"
                + "<div>17/02/2022</div></div><p>" + "word ".repeat(5000) + "</p>";
        Element h1 = Jsoup.parse(nested).selectFirst("h1");
        String near = VisibleDates.nearHeadlineText(h1);
        assertThat(near).contains("17/02/2022");
        assertThat(near.length()).isLessThanOrEqualTo(2 * VisibleDates.NEAR_CHARS + 2);
        StringBuilder sb = new StringBuilder();
        VisibleDates.appendText(Jsoup.parse("<p>" + "word ".repeat(5000) + "</p>").body(), sb, 100);
        assertThat(sb.length()).isBetween(100, 101);
    }

    @Test
    void zoneLessTwinGivesThePageOffset() {
        OffsetDateTime utc = OffsetDateTime.parse("2023-11-09T03:28:35Z");
        assertThat(LocalDay.twinOffset(utc, Timestamp.parse("2023-11-08T22:28:35"))).isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(LocalDay.twinOffset(utc, Timestamp.parse("2023-11-08T22:28"))).isEqualTo(ZoneOffset.ofHours(-5));
        assertThat(LocalDay.twinOffset(utc, Timestamp.parse("2023-11-09T03:28:35"))).isEqualTo(ZoneOffset.UTC);
        assertThat(LocalDay.twinOffset(utc, Timestamp.parse("2023-11-08T22:29:10"))).isNull();
        assertThat(LocalDay.twinOffset(utc, Timestamp.parse("2023-11-07T22:28:35"))).isNull();
        assertThat(LocalDay.twinOffset(utc, Timestamp.parse("2023-11-08"))).isNull();
    }

    static Stream<Integer> seeds() {
        return IntStream.range(0, 50).boxed();
    }

    /** Property: any real zone offset (quarter hours, UTC-12..UTC+14) is recovered from a local twin. */
    @ParameterizedTest
    @MethodSource("seeds")
    void twinRecoversAnyOffset(int seed) {
        Random r = new Random(seed);
        int quarters = r.nextInt(-48, 57);
        OffsetDateTime utc = OffsetDateTime.of(LocalDateTime.of(2000 + r.nextInt(25), 1 + r.nextInt(12),
                1 + r.nextInt(28), r.nextInt(24), r.nextInt(60), 1 + r.nextInt(59)), ZoneOffset.UTC);
        ZoneOffset off = ZoneOffset.ofTotalSeconds(quarters * 15 * 60);
        Timestamp local = new Timestamp(utc.withOffsetSameInstant(off).toLocalDateTime());
        assertThat(LocalDay.twinOffset(utc, local)).isEqualTo(quarters == 0 ? ZoneOffset.UTC : off);
    }

    private static Timestamp published(String head, String body, String url) {
        return Verbatim.extractHtml(Pages.page(head, "<article><h1>Council votes on budget</h1>" + body
                + Pages.paras(1, 3) + "</article>"), url).published();
    }

    @Test
    void urlDateBeatsADeclaredDateMoreThanADayOff() {
        String ld = "<meta property='article:published_time' content='2019-06-17T10:00:00+02:00'>";
        assertThat(text(published(ld, "", "https://news.example.com/2017/07/12/council"))).isEqualTo("2017-07-12");
        assertThat(text(published(ld, "", "https://news.example.com/2019/06/16/council")))
                .isEqualTo("2019-06-17T10:00+02:00");
    }

    @Test
    void anotherTimestampsOffsetDoesNotMoveAUtcPublicationToAnotherDay() {
        String meta = "<meta property='article:published_time' content='2015-05-12T06:05:27Z'>"
                + "<meta property='article:modified_time' content='2016-01-25T10:00:00-07:00'>";
        assertThat(text(published(meta, "", "https://news.example.com/council"))).isEqualTo("2015-05-12T06:05:27Z");
        String twin = meta + "<meta name='date' content='2015-05-11 23:05:27'>";
        assertThat(text(published(twin, "", "https://news.example.com/council")))
                .as("a local twin of the same instant gives the page's day").isEqualTo("2015-05-11T23:05:27-07:00");
    }

    @Test
    void aShownLocalTimeTakesTheOffsetADeclarationStatesForIt() {
        // a stale JSON-LD date loses to the shown dateline, whose time the meta tag states with its offset
        String head = "<meta property='article:published_time' content='2025-07-10T06:30:00+02:00'>"
                + "<script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@type\": "
                + "\"NewsArticle\", \"datePublished\": \"2024-01-15T00:00:00+01:00\", \"dateModified\": "
                + "\"2024-01-15T00:00:00+01:00\"}</script>";
        String shown = "<p class='date'>Publié le 10 juillet 2025 à 06h30</p>";
        assertThat(text(published(head, shown, "https://news.example.com/council")))
                .isEqualTo("2025-07-10T06:30+02:00");
        assertThat(text(published(head, shown, "https://news.example.com/2025/07/10/council")))
                .as("the URL's day, timed by the declaration of that day").isEqualTo("2025-07-10T06:30+02:00");
        String otherTime = head.replace("06:30:00+02:00", "08:30:00+02:00");
        assertThat(text(published(otherTime, shown, "https://news.example.com/council")))
                .as("another time of the day is another moment: the shown time stays as shown")
                .isEqualTo("2025-07-10T06:30");
    }

    @Test
    void utcStampStaysWhenThePageShowsUtcItself() {
        String meta = "<meta property='article:published_time' content='2026-06-30T16:34:54Z'>";
        assertThat(text(published(meta, "<p class='date'>30 June 2026 16:34</p>",
                "https://news.example.com/2026/07/01/council"))).isEqualTo("2026-06-30T16:34:54Z");
    }

    @Test
    void morningInAsiaIsTheNextDay() {
        String meta = "<meta property='article:published_time' content='2020-01-13T22:11:00Z'>";
        assertThat(text(published(meta, "", "https://news.example.com/2020/01/14/council"))).isEqualTo("2020-01-14");
    }

    @Test
    void aShownUpdateIsThePublicationDateOnlyWhenNoOtherDateIsShown() {
        String ld = "<meta property='article:published_time' content='2016-08-29T21:54:39Z'>";
        // the reader sees only the update: it stands for the publication (and published_is_update says so)
        assertThat(text(published(ld, "<p>By Jane Doe Updated May 06, 2019</p>",
                "https://news.example.com/garden"))).isEqualTo("2019-05-06");
        assertThat(text(published(ld, "<p>By Jane Doe Published Aug 29, 2016, updated May 06, 2019</p>",
                "https://news.example.com/garden"))).isEqualTo("2016-08-29T21:54:39Z");
    }

    @Test
    void titleFormsIncludeThePartsAroundSeparators() {
        assertThat(VisibleDates.titleForms(null, "Council votes on the harbour budget - The Daily Example"))
                .containsExactly("Council votes on the harbour budget - The Daily Example",
                        "Council votes on the harbour budget"); // the site's short name is too short to search for
    }

    @Test
    void datelineIsReadAfterTheStoryTitleWhenTheH1IsTheLogo() {
        String head = "<title>Harbour board - \"We are rearranging the deck chairs\"</title>";
        String html = Pages.page(head, "<header><h1>Example Radio</h1><div>Wednesday, 26.02.2020 Live stream</div>"
                + "<div>Culture \"We are rearranging the deck chairs\" 01.05.2017 Harbour board</div></header>"
                + "<article><p>The harbour board met on Monday (meeting of 27.04.2017).</p>" + Pages.paras(1, 3)
                + "</article>");
        assertThat(text(Verbatim.extractHtml(html, "https://radio.example.com/harbour").published()))
                .isEqualTo("2017-05-01");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <dd>12.01.2017</dd>                                   | true
            <span> 23 January 2019 </span>                        | true
            <b>1234</b>                                           | true
            <b>12</b>                                             | false
            <p>On 12.01.2017 the council met to vote on the budget again</p> | false
            <span><b>12.01.2017</b></span>                         | false
            <h5>                              January 23, 2025                    </h5> | true
            <h5>        Filed on 23 January 2025 at the harbour office by the desk        </h5> | false
            """)
    void dateLeavesAreShortTextsWithADatesDigits(String html, boolean leaf) {
        Element e = Jsoup.parse(html).body().child(0);
        assertThat(VisibleDates.isDateLeaf(e)).isEqualTo(leaf);
    }

    @Test
    void aDateStandingAloneIsTheLastResortBeforeTheBodyText() {
        String meta = "<dl><dt>Category</dt><dd>Harbour</dd><dt>Updated</dt><dd>20.02.2017</dd>"
                + "<dt>Date</dt><dd>12.01.2017</dd></dl>";
        String html = Pages.page("", "<article><h1>Council votes on budget</h1>" + Pages.paras(1, 4)
                + "<p>The vote of 3 March 2016 stands.</p></article><div class=\"facts\">" + meta + "</div>");
        assertThat(text(Verbatim.extractHtml(html, "https://news.example.com/harbour").published()))
                .isEqualTo("2017-01-12");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Biggie Well-Known Member Joined May 11, 2017 Messages 3,066  | -
            Mitglied seit 03.02.2015                                      | -
            Jane Osborne 3 May 2024                                       | 2024-05-03
            """)
    void profileDatesAreNotDatelines(String line, String expected) {
        assertThat(text(Pages.TODAY.firstNearHeadline(line))).isEqualTo(expected);
    }

    @Test
    void noDateGivesNoneNotToday() {
        assertThat(published("", "", "https://news.example.com/council")).isNull();
    }

    @Test
    void anUpdateStampShownAloneIsThePublicationDateAndSaysSo() {
        String head = "<script type='application/ld+json'>{\"@type\":\"Article\",\"datePublished\":"
                + "\"2019-08-14T13:00:00Z\",\"dateModified\":\"2025-09-17T08:30:00Z\"}</script>";
        org.verbatim.model.Article a = Verbatim.extractHtml(Pages.page(head, "<article><h1>Council votes on "
                + "budget</h1><p class='meta'>Last updated: September 17, 2025</p>" + Pages.paras(1, 3)
                + "</article>"), "https://news.example.com/council");
        assertThat(text(a.published())).isEqualTo("2025-09-17T08:30Z");
        assertThat(a.publishedIsUpdate()).isTrue();
        assertThat(text(a.modified())).isEqualTo("2025-09-17T08:30Z");
        // a publication date shown beside the update keeps its place
        org.verbatim.model.Article both = Verbatim.extractHtml(Pages.page(head, "<article><h1>Council votes on "
                + "budget</h1><p class='meta'>Published: August 14, 2019. Updated: September 17, 2025</p>"
                + Pages.paras(1, 3) + "</article>"), "https://news.example.com/council");
        assertThat(text(both.published())).startsWith("2019-08-14");
        assertThat(both.publishedIsUpdate()).isFalse();
        // a page showing no update keeps its declared date
        org.verbatim.model.Article none = Verbatim.extractHtml(Pages.page(head, "<article><h1>Council votes on "
                + "budget</h1>" + Pages.paras(1, 3) + "</article>"), "https://news.example.com/council");
        assertThat(text(none.published())).startsWith("2019-08-14");
        assertThat(none.publishedIsUpdate()).isFalse();
    }

    @Test
    void datesTheTextQualifiesAsOthersAreNoPublicationDates() {
        assertThat(text(Pages.TODAY.firstNearHeadline("Prices as of December 31, 2025 apply"))).isNull();
        assertThat(text(Pages.TODAY.firstNearHeadline("This estimate is valid through 01/23/2026."))).isNull();
        assertThat(text(Pages.TODAY.firstNearHeadline("Today's hours, March 14, 2026: 8 a.m. to 6 p.m."))).isNull();
    }
    @Test
    void aWebPageObjectsDateAloneIsNoPublicationWhenThePageDeclaresItsModification() {
        String page = "<script type='application/ld+json'>{\"@type\":\"WebPage\",\"datePublished\":"
                + "\"2019-12-12T14:07:03+00:00\"}</script>";
        String modified = "<meta property='article:modified_time' content='2025-12-19T12:59:51+00:00'>";
        // a site's static page: the content system's creation record, and an edit date; no publication stated
        assertThat(published(page + modified, "", "https://www.example.com/programs/")).isNull();
        // without a declared modification the page object's date is all there is (blogs): it is kept
        assertThat(text(published(page, "", "https://www.example.com/programs/"))).startsWith("2019-12-12");
        // an article object's date is a publication, modification or not
        String article = page.replace("WebPage", "BlogPosting");
        assertThat(text(published(article + modified, "", "https://www.example.com/programs/")))
                .startsWith("2019-12-12");
        // and so is the page object's date when the page shows the same day
        assertThat(text(published(page + modified, "<p class='post-date'>December 12, 2019</p>",
                "https://www.example.com/programs/"))).startsWith("2019-12-12");
    }

    @Test
    void aShownDatelineBeatsAJsonLdDateRestampedOnTheLastEdit() {
        String restamped = "<script type='application/ld+json'>{\"@type\":\"Article\",\"datePublished\":"
                + "\"2025-06-12T09:00:00+00:00\",\"dateModified\":\"2025-06-10T09:00:00+00:00\"}</script>";
        String dateline = "<p><span class='post-date'>November 2, 2022</span></p>";
        // the markup was re-stamped on the last edit; the page still shows the day the story appeared
        assertThat(text(published(restamped, dateline, "https://www.example.com/story"))).isEqualTo("2022-11-02");
        // a declared date well before the last edit is the publication, whatever the text shows
        String declared = restamped.replace("2025-06-10", "2025-11-30");
        assertThat(text(published(declared, dateline, "https://www.example.com/story"))).startsWith("2025-06-12");
        // a dateline shown once, in the text next to the headline only, does not overrule the declared date
        assertThat(text(published(restamped, "<p>The harbour desk filed this story on November 2, 2022, after the vote.</p>",
                "https://www.example.com/story"))).startsWith("2025-06-12");
    }
    @Test
    void aPublicationTimeMarkedAndShownBeatsAJsonLdDateRestampedOnTheLastEdit() {
        String restamped = "<script type='application/ld+json'>{\"@type\":\"Article\",\"datePublished\":"
                + "\"2025-11-29T12:28:31-05:00\",\"dateModified\":\"2025-11-29T12:28:31-05:00\"}</script>";
        String shown = "<p class='post-meta'>Published: <time itemprop='datePublished' datetime='2025-08-13'>August 13,"
                + " 2025</time></p>";
        assertThat(text(published(restamped, shown, "https://www.example.com/story"))).isEqualTo("2025-08-13");
        // marked but shown nowhere else: the declared date stands
        String alone = "<time itemprop='datePublished' datetime='2025-08-13'></time>";
        assertThat(text(published(restamped, alone, "https://www.example.com/story"))).startsWith("2025-11-29");
    }
    @Test
    void aDateInAnArticlesFactsAsideIsReadButNotInASidebarOfTeasers() {
        String facts = "<aside><div><h3>Published</h3><p><time datetime='2024-08-30T12:00:00Z'>August 30, 2024</time>"
                + "</p></div><div><h3>Author</h3><p>Jane Doe</p></div></aside>";
        assertThat(text(published("", facts, "https://www.example.com/story"))).startsWith("2024-08-30");
        StringBuilder teasers = new StringBuilder("<aside><h3>Related</h3><ul>");
        for (int i = 0; i < PageIndex.MAX_FOOTER_ELEMENTS; i++) {
            teasers.append("<li><a href='/s").append(i).append("'>Story</a> <time datetime='2024-08-2").append(i % 10)
                    .append("'>August 2").append(i % 10).append(", 2024</time></li>");
        }
        String sidebar = Pages.paras(4, 6) + teasers + "</ul></aside>";
        assertThat(published("", sidebar, "https://www.example.com/story")).isNull();
    }
    @Test
    void anAmbiguousNumericDateIsReadMonthFirstOnAPageOfTheUnitedStates() {
        String meta = "<meta property='article:published_time' content='03-09-2021'>";
        String url = "https://www.example.com/story";
        assertThat(text(published("<meta property='og:locale' content='en_US'>" + meta, "", url)))
                .isEqualTo("2021-03-09");
        assertThat(text(published(meta, "", url))).as("day first elsewhere").isEqualTo("2021-09-03");
        assertThat(text(published("<meta property='og:locale' content='en_GB'>" + meta, "", url)))
                .isEqualTo("2021-09-03");
        assertThat(text(published("<meta property='og:locale' content='en_US'>"
                + "<meta property='article:published_time' content='23-09-2021'>", "", url)))
                .as("a first number above 12 is the day wherever the page is").isEqualTo("2021-09-23");
    }

    private static Timestamp publishedIn(String lang, String dateline, String after, String url) {
        return Verbatim.extractHtml("<!doctype html><html lang='" + lang + "'><head><meta charset='utf-8'></head><body>"
                + "<article><h1>Council votes on budget</h1>" + dateline + Pages.paras(1, 3) + "</article>" + after
                + "</body></html>", url).published();
    }

    @Test
    void aDatelineYearEndsWhereItsElementEnds() {
        String url = "https://www.example.com/story";
        String dateline = "<div class='card'><span>Mar 27, 2023</span><span>5 mins</span></div>";
        String teaser = "<ul><li><a href='/s'>Another story</a> <span class='post-date'>Jan 9, 2024</span></li></ul>";
        assertThat(text(publishedIn("en", dateline, teaser, url))).isEqualTo("2023-03-27");
        Element h1 = Jsoup.parse("<div><h1>Council votes</h1>" + dateline + "</div>").selectFirst("h1");
        assertThat(VisibleDates.nearHeadlineText(h1)).startsWith("Mar 27, 2023 5 mins");
        Element ordinal = Jsoup.parse("<div><h1>Council votes</h1><p>March <span>27</span><sup>th</sup>, 2023</p>"
                + "</div>").selectFirst("h1");
        assertThat(VisibleDates.nearHeadlineText(ordinal)).as("only two digits are set apart")
                .startsWith("March 27th, 2023");
    }

    @Test
    void withoutACountryAPageReadsItsSlashedDatesTheWayItsUnambiguousOnesShow() {
        String url = "https://www.example.com/story";
        String dateline = "<p><span class='post-date'>03/01/2017</span></p>";
        String teaser = "<ul class='related'><li><a href='/s'>Another story</a> <time class='date'>01/31/2025</time>"
                + "</li></ul>";
        assertThat(text(publishedIn("en", dateline, teaser, url))).isEqualTo("2017-03-01");
        assertThat(text(publishedIn("en", dateline, "", url))).as("nothing shows the order: day first")
                .isEqualTo("2017-01-03");
        assertThat(text(publishedIn("en", dateline, teaser.replace("01/31/2025", "31/01/2025") + teaser, url)))
                .as("the page's dates disagree").isEqualTo("2017-01-03");
        assertThat(text(publishedIn("en-GB", dateline, teaser, url))).as("the locale names a country")
                .isEqualTo("2017-01-03");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            en_US, true
            en-us, true
            es-US, true
            en, false
            en_GB, false
            fr-FR, false
            us, false
            -, false
            """)
    void localesOfTheUnitedStatesPutTheMonthFirst(String locale, boolean monthFirst) {
        assertThat(VisibleDates.monthFirstLocale(locale)).isEqualTo(monthFirst);
    }
}
