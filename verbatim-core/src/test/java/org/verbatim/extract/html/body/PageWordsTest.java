package org.verbatim.extract.html.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.extract.HtmlExtractor;
import org.verbatim.extract.html.Pages;
import org.verbatim.model.Page;

class PageWordsTest {

    private static List<String> words(String url, String title, String body) {
        byte[] html = Pages.page("<title>" + title + "</title>", body).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new HtmlExtractor(Pages.CLOCK).features(Page.html("t", url, html)).words();
    }

    @Test
    void thePathTheTitleAndTheTextGiveDistinctLowerCasedWordsEachWithItsPrefix() {
        List<String> w = words("https://shop.example.com/products/Blue-Kettle-2L?id=123", "Blue Kettle",
                "<main><h1>Blue Kettle</h1><p>Add to cart. Add to cart! Free delivery over 50.</p></main>");
        assertThat(w).contains("u:products", "u:blue", "u:kettle", "u:2l", "u:id", "t:blue", "t:kettle",
                "x:add", "x:to", "x:cart", "x:free", "x:delivery", "x:over");
        assertThat(w).as("no host, no digits alone, no repeats").doesNotContain("u:shop", "u:example", "u:123",
                "x:50");
        assertThat(w).doesNotHaveDuplicates();
    }

    @Test
    void onlyTheFirstWordsOfAHugePageAreRead() {
        StringBuilder body = new StringBuilder("<main>");
        for (int i = 0; i < PageWords.MAX_WORDS + 100; i++) {
            body.append("<p>w").append(Integer.toString(i, 26).replaceAll("[0-9]", "x")).append("</p>");
        }
        body.append("<p>zzzlastword</p></main>");
        List<String> w = words("https://example.com/a", "A", body.toString());
        assertThat(w).doesNotContain("x:zzzlastword");
        assertThat(w.stream().filter(s -> s.startsWith("x:")).count()).isLessThanOrEqualTo(PageWords.MAX_WORDS);
    }

    @Test
    void classAndIdNamesAreCutIntoLowerCasedPartsAtDashesUnderscoresAndCamelCase() {
        List<String> w = words("https://example.com/t/1", "A thread",
                "<main id='postReply'><div class='product-grid__item  Card'><p>Some text here to read.</p></div>"
                + "<div class='product-grid__item  Card'><p class='col-12 x9'>Another paragraph.</p></div></main>");
        assertThat(w).contains("c:post", "c:reply", "c:product", "c:grid", "c:item", "c:card", "c:col", "c:x9");
        assertThat(w).as("digits alone are no part").doesNotContain("c:12", "c:postreply");
        assertThat(w).doesNotHaveDuplicates();
    }

    @Test
    void namesInsideDroppedMarkupAreNotRead() {
        List<String> w = words("https://example.com/a", "A",
                "<nav class='mega-menu'><a href='/'>Home</a></nav><main><p class='lede'>Text of the story.</p></main>");
        assertThat(w).contains("c:lede").doesNotContain("c:mega", "c:menu");
    }
}
