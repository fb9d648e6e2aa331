package org.verbatim.extract.html.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LinkFeaturesTest {
    private static float feature(float[] f, String name) {
        return f[LinkFeatures.NAMES.indexOf(name)];
    }

    @Test
    void aListingLinksToItsChildrenOfOneTemplate() {
        String url = "https://example.org/news";
        StringBuilder html = new StringBuilder("<body><h1>News</h1>");
        for (int i = 0; i < 6; i++) {
            html.append("<div><h2><a href=\"/news/story-number-").append(i).append("-told-here\">A story told here in ")
                    .append("many words ").append(i).append("</a></h2></div>");
        }
        html.append("<a href=\"https://other.example.com/x\">Elsewhere</a><a href=\"#top\">Top</a>"
                + "<a href=\"?page=2\">2</a></body>");
        Document doc = Jsoup.parse(html.toString(), url);
        List<Element> anchors = doc.select("a[href]");
        float[] f = LinkFeatures.of(url, anchors, doc.body(), 500);
        assertThat(f).hasSize(LinkFeatures.NAMES.size());
        assertThat(feature(f, "links_children_log")).isEqualTo((float) Math.log1p(6));
        assertThat(feature(f, "links_children_share")).isEqualTo(6f / 7);
        assertThat(feature(f, "links_slug_share")).isEqualTo(6f / 7);
        assertThat(feature(f, "links_heading_log")).isEqualTo((float) Math.log1p(6));
        assertThat(feature(f, "links_number_log")).isEqualTo((float) Math.log1p(1));
        assertThat(feature(f, "links_external_share")).isEqualTo(1f / 9);
        assertThat(feature(f, "links_fragment_share")).isEqualTo(1f / 9);
        assertThat(feature(f, "links_root_share")).isEqualTo(1f);
        assertThat(feature(f, "links_self_slug_words")).isEqualTo(1f);
    }

    @Test
    void resolvesRelativeLinksAndReadsDates() {
        assertThat(LinkFeatures.resolve("example.org", "/a/b/page", "../c/d?x=1"))
                .containsExactly("example.org", "/a/c/d", "x=1");
        assertThat(LinkFeatures.resolve("example.org", "/a/b/page", "sib")).containsExactly("example.org", "/a/b/sib", "");
        assertThat(LinkFeatures.resolve("example.org", "/a", "//cdn.example.net/z")[0]).isEqualTo("cdn.example.net");
        assertThat(LinkFeatures.resolve("example.org", "/a", "mailto:x@example.org")).isNull();
        assertThat(LinkFeatures.hasDate("/2025/12/some-story")).isTrue();
        assertThat(LinkFeatures.hasDate("/2025-12-01-some-story")).isTrue();
        assertThat(LinkFeatures.hasDate("/item/20251")).isFalse();
        assertThat(LinkFeatures.slugWords("a-story-told_here")).isEqualTo(4);
        assertThat(LinkFeatures.trimSlash("/News/Story.html/")).isEqualTo("/news/story");
    }
}
