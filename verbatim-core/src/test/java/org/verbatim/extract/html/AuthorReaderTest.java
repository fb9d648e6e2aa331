package org.verbatim.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.model.Article;

class AuthorReaderTest {

    private static Article page(String head, String body) {
        return Pages.extract(Pages.page("<title>Council votes on budget</title>" + head,
                body + "<article><h1>Council votes on budget</h1>" + Pages.paras(1, 3) + "</article>"));
    }

    @Test
    void jointBylineIsSplitIntoNames() {
        Article a = page("<meta name='author' content='By Jane Doe, John Roe and Ann Poe'>", "");
        assertThat(a.authors()).containsExactly("Jane Doe", "John Roe", "Ann Poe");
    }

    @Test
    void authorFieldHoldingTheSiteNameOrAProfileUrlIsNoAuthor() {
        Article a = page("<meta property='og:site_name' content='Example News'>"
                + "<meta name='author' content='Example News'>"
                + "<meta property='article:author' content='https://news.example.com/authors/jane'>", "");
        assertThat(a.authors()).isEmpty();
    }

    @Test
    void organisationNextToAPersonInJsonLdIsACreditNotAnAuthor() {
        String ld = "{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},"
                + "{\"@type\":\"Organization\",\"name\":\"dpa\"}]}";
        Article a = page("<script type='application/ld+json'>" + ld + "</script>", "");
        assertThat(a.authors()).containsExactly("Jane Doe");
    }

    @Test
    void initialsInParenthesesAndEmailsAreDropped() {
        assertThat(AuthorReader.clean("Elena Muster (emu)")).isEqualTo("Elena Muster");
        assertThat(AuthorReader.isName("j.doe@news.example.com", null, null)).isFalse();
        assertThat(AuthorReader.isName("news.example", null, "https://news.example.com/a")).isFalse();
        assertThat(AuthorReader.isName("Jane Doe", "Example News", "https://news.example.com/a")).isTrue();
    }

    @Test
    void visibleBylineIsReadWhenNothingIsDeclared() {
        Article a = page("", "<div class='article-byline'><span>By</span> <a rel='author' href='/a/jd'>Jane Doe</a>"
                + "</div>");
        assertThat(a.authors()).containsExactly("Jane Doe");
    }

    @Test
    void siteAsLoneJsonLdAuthorGivesWayToAVisiblePersonButStaysWhenAlone() {
        String ld = "{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Organization\",\"name\":\"Example News\"}}";
        String head = "<meta property='og:site_name' content='Example News'><script type='application/ld+json'>" + ld
                + "</script>";
        assertThat(page(head, "<p class='byline'>By Jane Doe</p>").authors()).containsExactly("Jane Doe");
        assertThat(page(head, "").authors()).containsExactly("Example News");
    }

    @Test
    void visibleTextThatIsNoPersonNameIsIgnored() {
        assertThat(AuthorReader.looksLikePersonName("Twitter")).isFalse();
        assertThat(AuthorReader.looksLikePersonName("Jan van der Berg")).isTrue();
        assertThat(AuthorReader.looksLikePersonName("follow us on facebook")).isFalse();
    }
}
