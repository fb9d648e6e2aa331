package org.verbatim.extract.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.Verbatim;
import org.verbatim.model.Article;
import org.verbatim.model.Block;

class ArticleSanitizerTest {

    @Test
    void controlsLoneSurrogatesAndNonCharactersAreRemovedButPairsAndLineBreaksKept() {
        assertThat(ArticleSanitizer.clean("a\u0000b\uD800c\uDFFFd\uFFFE\uFEFFe\u0085")).isEqualTo("abcde");
        assertThat(ArticleSanitizer.clean("emoji \uD83D\uDE00\nnext\tline")).isEqualTo("emoji \uD83D\uDE00\nnext\tline");
        String clean = "nothing to do";
        assertThat(ArticleSanitizer.clean(clean)).isSameAs(clean);
    }

    @Test
    void invisibleBlocksAuthorsAndTitlesAreDropped() {
        Article a = Article.builder().title("\u200B\u3000").authors(List.of("Ann\u0000a Keller", "\u200B"))
                .blocks(List.of(Block.paragraph("\u200B\u00A0\u2060x"), Block.paragraph("\u200B\u200C\u3000\u0007")))
                .build();
        Article s = ArticleSanitizer.sanitize(a);
        assertThat(s.title()).isNull();
        assertThat(s.authors()).containsExactly("Anna Keller");
        assertThat(s.blocks()).hasSize(1);
    }

    @Test
    void cleanArticlesAreReturnedAsTheyAre() {
        Article a = Article.builder().title("T").blocks(List.of(Block.paragraph("p"))).build();
        assertThat(ArticleSanitizer.sanitize(a)).isSameAs(a);
    }

    @Test
    void surrogateReferencesInPagesNeverReachTheArticle() {
        Article a = Verbatim.extractHtml("<html><head><title>Bad &#xD800; title</title></head><body><article><p>"
                + "A long enough paragraph with a bad reference &#xDFFF; in the middle of its text, kept as body."
                + "</p></article></body></html>", null);
        assertThat(a.text()).doesNotContain("\uDFFF").contains("in the middle");
        assertThat(a.title()).doesNotContain("\uD800");
    }
}
