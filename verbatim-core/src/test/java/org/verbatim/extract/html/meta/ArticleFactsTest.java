package org.verbatim.extract.html.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.extract.html.Pages;
import org.verbatim.model.Article;
import org.verbatim.model.Block;

class ArticleFactsTest {

    private static Article page(String head, String body) {
        return Pages.extract(Pages.page("<title>Council votes on budget</title>" + head,
                "<article><h1>Council votes on budget</h1>" + body + Pages.paras(1, 4) + "</article>"));
    }

    private static String ld(String fields) {
        return "<script type='application/ld+json'>{\"@type\":\"NewsArticle\"," + fields + "}</script>";
    }

    @Test
    void sectionFromJsonLdThenMetaThenBreadcrumb() {
        assertThat(page(ld("\"articleSection\":[\"Politics\",\"Budget\"]")
                + "<meta property='article:section' content='News'>", "").section()).isEqualTo("Politics");
        assertThat(page("<meta property='article:section' content='Local'>", "").section()).isEqualTo("Local");
        String crumbs = "<script type='application/ld+json'>{\"@type\":\"BreadcrumbList\",\"itemListElement\":["
                + "{\"@type\":\"ListItem\",\"position\":1,\"name\":\"Home\"},"
                + "{\"@type\":\"ListItem\",\"position\":2,\"name\":\"City Hall\"},"
                + "{\"@type\":\"ListItem\",\"position\":3,\"name\":\"Council votes on budget\"}]}</script>";
        assertThat(page(crumbs, "").section()).isEqualTo("City Hall");
        assertThat(page("", "").section()).isNull();
    }

    @Test
    void tagsAreSplitTrimmedDedupedAndKeywordsOnlyAsLastResort() {
        Article a = page("<meta property='article:tag' content='Budget'><meta property='article:tag' content='City'>"
                + "<meta name='news_keywords' content=' budget ,  Council vote;Taxes'>"
                + "<meta name='keywords' content='news, breaking, cheap flights'>"
                + ld("\"keywords\":[\"Taxes\",\"Mayor\"]"), "");
        assertThat(a.tags()).containsExactly("Budget", "City", "Council vote", "Taxes", "Mayor");
        assertThat(page("<meta name='keywords' content='Budget, City'>", "").tags())
                .containsExactly("Budget", "City");
    }

    @Test
    void cmsInternalTagsAreNotTags() {
        Article a = page("<meta name='news_keywords' content='Budget, Category: News, editors_pick, INDS08,"
                + " 8f507083-bac4-423a-9015-2eb31e1bce50, example.com, Technik/Hardware, EU, Caf&amp;eacute;'>", "");
        assertThat(a.tags()).containsExactly("Budget", "Technik/Hardware", "EU", "Café");
        assertThat(ArticleFacts.isTag("深空探测")).isTrue();
        assertThat(page("<meta name='keywords' content='深空探测 探月工程 航天技术'>", "").tags())
                .containsExactly("深空探测", "探月工程", "航天技术");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void tagsAreCappedWhateverThePageDeclares(long seed) {
        Random r = new Random(seed);
        StringBuilder kw = new StringBuilder();
        int n = 20 + r.nextInt(100);
        for (int i = 0; i < n; i++) {
            kw.append(i == 0 ? "" : ",").append("tag").append(r.nextInt(1000)).append("x").append(i);
        }
        Article a = page("<meta name='news_keywords' content='" + kw + "'>", "");
        assertThat(a.tags()).hasSizeLessThanOrEqualTo(Article.MAX_TAGS).doesNotHaveDuplicates()
                .allSatisfy(t -> assertThat(t).isNotBlank());
    }

    @Test
    void imageIsResolvedAndTakesCaptionAndCreditFromTheFigureShowingIt() {
        String fig = "<figure><img src='/img/w800/council-hall.jpg'><figcaption>The council chamber on Tuesday. ("
                + "<span class='credit'>Foto: Jane Roe/AP)</span></figcaption></figure>";
        Article a = page("<meta property='og:image' content='/img/w1200/council-hall.jpg?v=2'>", fig);
        assertThat(a.image()).isNotNull();
        assertThat(a.image().url()).isEqualTo("https://news.example.com/img/w1200/council-hall.jpg?v=2");
        assertThat(a.image().caption()).isEqualTo("The council chamber on Tuesday.");
        assertThat(a.image().credit()).isEqualTo("Jane Roe/AP");
    }

    @Test
    void imageFromJsonLdWithoutAMatchingFigureHasNoCaption() {
        String fig = "<figure><img src='/img/other.jpg'><figcaption>Another picture. Photo: John Roe</figcaption>"
                + "</figure>";
        Article a = page(ld("\"image\":{\"@type\":\"ImageObject\",\"url\":\"https://cdn.example.com/lead.jpg\"}"),
                fig);
        assertThat(a.image().url()).isEqualTo("https://cdn.example.com/lead.jpg");
        assertThat(a.image().caption()).isNull();
        assertThat(page("", "").image()).isNull();
    }

    @Test
    void creditWrittenInTheCaptionIsSplitOff() {
        String fig = "<figure><img src='/img/mayor-lead.jpg'><figcaption>The mayor speaks. Photo: John Roe</figcaption>"
                + "</figure>";
        Article a = page("<meta property='og:image' content='https://news.example.com/img/mayor-lead.jpg'>", fig);
        assertThat(a.image().caption()).isEqualTo("The mayor speaks.");
        assertThat(a.image().credit()).isEqualTo("John Roe");
    }

    @Test
    void paywallMarkers() {
        assertThat(page(ld("\"isAccessibleForFree\":false"), "").paywalled()).isTrue();
        assertThat(page(ld("\"isAccessibleForFree\":\"False\""), "").paywalled()).isTrue();
        assertThat(page(ld("\"isAccessibleForFree\":\"True\""), "").paywalled()).isFalse();
        assertThat(page(ld("\"hasPart\":{\"@type\":\"WebPageElement\",\"isAccessibleForFree\":false,"
                + "\"cssSelector\":\".paid\"}"), "").paywalled()).isTrue();
        assertThat(page("<meta property='article:content_tier' content='locked'>", "").paywalled()).isTrue();
        assertThat(page("<meta property='article:content_tier' content='free'>", "").paywalled()).isFalse();
        assertThat(page("<meta property='article:content_tier' content='metered'>", "").paywalled()).isNull();
        assertThat(page("", "").paywalled()).isNull();
    }

    private static List<Block> body(String sentence, int times) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            out.add(Block.paragraph(sentence));
        }
        return out;
    }

    @Test
    void languageOfTheMarkupIsCheckedAgainstTheText() {
        List<Block> german = body("Der Rat hat am Dienstag über den Haushalt abgestimmt, und die Mehrheit war knapp,"
                + " weil die Opposition nicht mit dem Plan der Stadt einverstanden ist.", 5);
        List<Block> english = body("The council voted on the budget on Tuesday, and the vote was close because the"
                + " opposition did not agree with the plan of the city.", 5);
        List<String> warnings = new ArrayList<>();
        assertThat(ArticleFacts.checkedLanguage("de-AT", german, warnings)).isEqualTo("de-AT");
        assertThat(ArticleFacts.checkedLanguage(null, german, warnings)).isEqualTo("de");
        assertThat(warnings).isEmpty();
        assertThat(ArticleFacts.checkedLanguage("en", german, warnings)).isEqualTo("de");
        assertThat(warnings).hasSize(1).allSatisfy(w -> assertThat(w).contains("en").contains("de"));
        assertThat(ArticleFacts.checkedLanguage("en-GB", english, new ArrayList<>())).isEqualTo("en-GB");
        // the detector has no word list for Luxembourgish: it cannot refute it
        assertThat(ArticleFacts.checkedLanguage("lb", german, new ArrayList<>())).isEqualTo("lb");
        assertThat(ArticleFacts.checkedLanguage("fr", List.of(Block.paragraph("Kurz.")), new ArrayList<>()))
                .isEqualTo("fr");
    }
}
