package org.verbatim.extract.html.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.extract.html.Pages;
import org.verbatim.model.Article;
import org.verbatim.model.Block;

class MetadataTest {

    @Test
    void titleLosesTheSiteSuffix() {
        Article a = Pages.extract(Pages.page("<title>Council votes on budget | Example News</title>"
                + "<meta property='og:site_name' content='Example News'>", "<article>" + Pages.paras(1, 3)
                + "</article>"));
        assertThat(a.title()).isEqualTo("Council votes on budget");
        assertThat(a.siteName()).isEqualTo("Example News");
    }

    @Test
    void titleLosesASitePrefixAndPrefersAConfirmedH1() {
        Article a = Pages.extract(Pages.page("<title>Example News - Council votes on budget</title>"
                + "<meta property='og:site_name' content='Example News'>",
                "<article><h1>Council votes on budget</h1>" + Pages.paras(1, 3) + "</article>"));
        assertThat(a.title()).isEqualTo("Council votes on budget");
        assertThat(SiteNames.stripSite("Example News - Council votes", "Example News"))
                .isEqualTo("Council votes");
    }

    @Test
    void standfirstIsNotRepeatedAsTheFirstBlock() {
        String dek = "The council approved a smaller budget after a long night of talks, and the opposition walked out.";
        Article a = Pages.extract(Pages.page("<title>T</title><meta name='description' content='" + dek + "'>",
                "<article><h1>Council votes on budget</h1><p class='standfirst'>" + dek + "</p>" + Pages.paras(1, 3)
                        + "</article>"));
        assertThat(a.standfirst()).isEqualTo(dek);
        assertThat(a.blocks()).extracting(Block::text).doesNotContain(dek).startsWith(Pages.para(1));
    }

    @Test
    void jsonLdDatesFromGraphWithOffsets() {
        String ld = """
                {"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Example News"},
                  {"@type":["NewsArticle"],"headline":"Council votes",
                   "datePublished":"2024-05-03T15:47:42.389+02:00","dateModified":"2024-05-04T08:00:00Z",
                   "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
                   "publisher":{"@type":"Organization","name":"Example News"}}]}
                """;
        Article a = Pages.extract(Pages.page("<title>Council votes</title><script type='application/ld+json'>" + ld
                + "</script>", "<article>" + Pages.paras(1, 3) + "</article>"));
        assertThat(a.published()).hasToString("2024-05-03T15:47:42+02:00");
        assertThat(a.modified()).hasToString("2024-05-04T08:00Z");
        assertThat(a.authors()).containsExactly("Jane Doe", "John Roe");
        assertThat(a.siteName()).isEqualTo("Example News");
    }

    @Test
    void jsonLdTopLevelArrayAndDateOnly() {
        String ld = "[{\"@type\":\"BreadcrumbList\"},{\"@type\":\"Article\",\"datePublished\":\"2023-11-30\","
                + "\"author\":\"Jane Doe\"}]";
        Article a = Pages.extract(Pages.page("<title>T</title><script type='application/ld+json'>" + ld
                + "</script>", "<article>" + Pages.paras(1, 3) + "</article>"));
        assertThat(a.published()).hasToString("2023-11-30");
        assertThat(a.authors()).containsExactly("Jane Doe");
    }

    @Test
    void metaDatesLanguageAndCanonical() {
        Article a = Pages.extract(Pages.page("<title>T</title>"
                + "<meta property='article:published_time' content='2024-01-24T07:41:00+0100'>"
                + "<link rel='canonical' href='/world/story-1'>", "<article>" + Pages.paras(1, 3) + "</article>"));
        assertThat(a.published()).hasToString("2024-01-24T07:41+01:00");
        assertThat(a.language()).isEqualTo("en-GB");
        assertThat(a.canonicalUrl()).isEqualTo("https://news.example.com/world/story-1");
    }

    @Test
    void timeElementNearTheHeadline() {
        Article a = Pages.extract(Pages.page("<title>T</title>", "<article><header><h1>Council votes on budget</h1>"
                + "<time datetime='2022-02-02T10:00'>2 Feb</time></header>" + Pages.paras(1, 3) + "</article>"));
        assertThat(a.published()).hasToString("2022-02-02T10:00");
    }

    @Test
    void languageTagsAreNormalised() {
        assertThat(MetadataReader.normalizeLanguage("de_at")).isEqualTo("de-AT");
        assertThat(MetadataReader.normalizeLanguage("EN")).isEqualTo("en");
        assertThat(MetadataReader.normalizeLanguage("zh-hant-tw")).isEqualTo("zh-Hant-TW");
        assertThat(MetadataReader.normalizeLanguage("12")).isNull();
    }

    @Test
    void badJsonLdIsSkippedWithAWarning() {
        Article a = Pages.extract(Pages.page("<title>T</title><script type='application/ld+json'>{oops</script>",
                "<article>" + Pages.paras(1, 3) + "</article>"));
        assertThat(a.warnings()).anyMatch(w -> w.contains("JSON-LD"));
        assertThat(a.blocks()).hasSize(3);
    }
    @Test
    void aMetadataReaderThatThrowsLosesItsFieldWithAWarningThatSaysWhereNotThePage() {
        java.util.List<String> warnings = new java.util.ArrayList<>();
        String title = MetadataReader.guarded("title", () -> "Council votes on budget", null, warnings);
        assertThat(title).isEqualTo("Council votes on budget");
        assertThat(warnings).isEmpty();
        DateCascade.Dates dates = MetadataReader.guarded("dates", () -> {
            throw new IllegalStateException("no day");
        }, new DateCascade.Dates(null, false, null), warnings);
        assertThat(dates.published()).isNull();
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(Article.isFailureWarning(w)).isTrue();
            assertThat(w).startsWith("metadata failed: dates: IllegalStateException: no day at MetadataTest.java:");
        });
    }
}
