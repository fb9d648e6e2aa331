package org.verbatim.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.verbatim.Verbatim;
import org.verbatim.model.Article;

class ArticleJsonReaderTest {
    private static final String PAGE = "<html lang=en><head><title>Council votes to rebuild the old bridge - The Courier"
            + "</title><meta property='og:site_name' content='The Courier'>"
            + "<meta property='article:published_time' content='2025-03-06T09:15:00+01:00'>"
            + "<meta property='og:image' content='https://courier.example/bridge.jpg'>"
            + "<meta property='article:tag' content='Bridges'><meta name=author content='Jane Doe'>"
            + "</head><body><article><h1>Council votes to rebuild the old bridge</h1>"
            + "<p class=standfirst>Years of debate end with a narrow vote.</p>"
            + "<p>The city council voted on Monday to rebuild the old bridge over the river, ending years of debate "
            + "about the crossing that thousands of commuters from Northtown use every day.</p>"
            + "<h2>What happens next</h2>"
            + "<p>\"We cannot wait any longer,\" said Mayor Anna Berg after the vote. \"The bridge is not safe.\"</p>"
            + "<p>Berg said the work would start next spring. The Harbour Authority warned that ferries would be full."
            + "</p><ul><li>Cost: 40 million</li><li>Duration: two years</li></ul></article></body></html>";

    @Test
    void whatArticleJsonWritesReadsBackToTheSameJson() {
        Article a = Verbatim.annotate(Verbatim.extract(PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "https://courier.example/bridge"));
        assertThat(a.annotation().quotes()).isNotEmpty();
        assertThat(a.annotation().entities()).isNotEmpty();
        String json = ArticleJson.toLine(a);
        Article back = ArticleJsonReader.read(json);
        assertThat(ArticleJson.toLine(back)).isEqualTo(json);
        assertThat(back.text()).isEqualTo(a.text());
        assertThat(back.published()).isEqualTo(a.published());
    }

    @Test
    void creditsAndAnUpdateStampedPublicationReadBack() {
        String page = "<html lang=en><head><title>Bridge works start</title><script type='application/ld+json'>"
                + "{\"@type\":\"Article\",\"datePublished\":\"2019-08-14T13:00:00Z\",\"dateModified\":"
                + "\"2025-03-06T08:30:00Z\"}</script></head><body><article>"
                + "<h1>Bridge works start</h1><p>By the Courier Newsroom Team</p>"
                + "<p class='meta'>Last updated: March 6, 2025</p>"
                + "<p>The works on the old bridge started on Monday, the city said, and will last two years while "
                + "the ferries carry the commuters from Northtown across the river every morning.</p>"
                + "</article></body></html>";
        Article a = Verbatim.extract(page.getBytes(java.nio.charset.StandardCharsets.UTF_8), "https://x.example/b");
        assertThat(a.credits()).isNotEmpty();
        assertThat(a.publishedIsUpdate()).isTrue();
        Article back = ArticleJsonReader.read(ArticleJson.toLine(a));
        assertThat(back.credits()).isEqualTo(a.credits());
        assertThat(back.publishedIsUpdate()).isTrue();
        assertThat(ArticleJson.toLine(back)).isEqualTo(ArticleJson.toLine(a));
    }

    @Test
    void jsonThatBreaksTheContractIsRefusedWithTheKey() {
        assertThatThrownBy(() -> ArticleJsonReader.read("{\"published\": \"last Monday\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("published");
        assertThatThrownBy(() -> ArticleJsonReader.read("{\"blocks\": [{\"type\": \"poem\", \"text\": \"x\"}]}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArticleJsonReader.read("[1]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArticleJsonReader.read("{")).hasMessageStartingWith("not JSON");
    }
}
