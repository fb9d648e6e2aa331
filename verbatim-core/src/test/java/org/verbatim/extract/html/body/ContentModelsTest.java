package org.verbatim.extract.html.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.extract.HtmlExtractor;
import org.verbatim.extract.html.HtmlArticleExtractor;
import org.verbatim.extract.html.Pages;
import org.verbatim.model.Article;
import org.verbatim.model.Page;
import org.verbatim.model.PageType;

class ContentModelsTest {

    @Test
    void theShippedModelsLoadAndMatchTheFeaturesOfThisBuild() {
        ContentModels m = ContentModels.shipped();
        assertThat(m).isNotSameAs(ContentModels.NONE);
        assertThat(m.classifiesPages()).isTrue();
        assertThat(m.readsWords()).as("the page-type trees come with their word model").isTrue();
        assertThat(m.scoresSegments()).isTrue();
        for (int t = 0; t < ContentModels.TYPES.size(); t++) {
            assertThat(m.cut(t)).isBetween(0.05f, 0.95f);
        }
    }

    @Test
    void theReportedPageTypeComesFromItsOwnClassifierAndNeverMovesTheBody() {
        ContentModels shipped = ContentModels.shipped();
        assertThat(shipped.reportsOwnType()).as("the reported page-type model ships").isTrue();
        ContentModels contentOnly = shipped.withoutReportedTypes();
        assertThat(contentOnly.reportsOwnType()).isFalse();
        List<String> pages = List.of(
                Pages.page("<title>Council vote</title>", "<article><h1>Council vote</h1>" + Pages.paras(1, 6)
                        + "</article>"),
                Pages.page("<title>Shop</title>", "<h1>Blue kettle</h1><p>Price: 29.99 EUR. Add to cart.</p>"
                        + "<ul><li><a href='/shop/kettles/red'>Red kettle</a></li><li><a href='/shop/kettles/green'>"
                        + "Green kettle</a></li><li><a href='/shop/cart'>Cart</a></li></ul>" + Pages.paras(1, 2)),
                Pages.page("<title>News</title>", "<h1>Latest news</h1><ul>"
                        + "<li><a href='/2026/12/01/council-votes-on-the-new-budget'>Council votes on the new budget"
                        + "</a></li><li><a href='/2026/12/02/river-floods-the-old-town-again'>River floods the old "
                        + "town again</a></li><li><a href='/2026/12/03/school-opens-a-new-library-wing'>School opens "
                        + "a new library wing</a></li></ul>"));
        for (String html : pages) {
            Page page = Page.html("t", Pages.URL, html.getBytes(StandardCharsets.UTF_8));
            Article both = new HtmlExtractor(shipped, Pages.CLOCK).extract(page);
            Article content = new HtmlExtractor(contentOnly, Pages.CLOCK).extract(page);
            assertThat(both.blocks()).as("the body does not depend on the reported classifier")
                    .isEqualTo(content.blocks());
            Explanation e = new HtmlExtractor(shipped, Pages.CLOCK).explain(page);
            Explanation c = new HtmlExtractor(contentOnly, Pages.CLOCK).explain(page);
            assertThat(e.pageType()).as("the body rules read the content classifier").isEqualTo(c.pageType());
            assertThat(e.confidence()).isEqualTo(c.confidence());
            assertThat(e.reportedPageType()).isEqualTo(both.pageType().label());
            assertThat((double) e.reportedConfidence()).isEqualTo(both.pageTypeConfidence());
            assertThat(c.reportedPageType()).as("without its own model the content type is reported")
                    .isEqualTo(c.pageType()).isEqualTo(content.pageType().label());
            assertThat((double) c.confidence()).isEqualTo(content.pageTypeConfidence());
        }
    }

    @Test
    void aSureProductPageKeepsSegmentsFromTheProductCutUnlessNoneReachesIt() {
        float cut = 0.25f;
        boolean[] keep = new boolean[4];
        ContentChooser.productKeep(new float[] {0.9f, 0.3f, ContentChooser.PRODUCT_CUT, 0.1f}, cut, keep);
        assertThat(keep).containsExactly(true, false, true, false);
        ContentChooser.productKeep(new float[] {0.3f, 0.2f, 0.35f, 0.1f}, cut, keep);
        assertThat(keep).as("nothing reaches the product cut: the trained cut decides").containsExactly(true, false,
                true, false);
        ContentChooser.productKeep(new float[] {0.45f, 0.5f, 0.6f, 0.7f}, 0.55f, keep);
        assertThat(keep).as("a trained cut above the product cut stands").containsExactly(false, false, true, true);
    }

    @Test
    void everyExtractedHtmlPageGetsATypeAndWithoutModelsNone() {
        byte[] html = Pages.page("<title>Council vote</title>", "<article><h1>Council vote</h1>" + Pages.paras(1, 6)
                + "</article>").getBytes(StandardCharsets.UTF_8);
        Article a = new HtmlExtractor(Pages.CLOCK).extract(Page.html("t", Pages.URL, html));
        assertThat(a.pageType()).isNotNull();
        assertThat(a.pageTypeConfidence()).isBetween(0.0, 1.0);
        assertThat(a.text()).contains("Paragraph 1 of the report", "Paragraph 6 of the report");
        Article rules = new HtmlExtractor(ContentModels.NONE, Pages.CLOCK).extract(Page.html("t", Pages.URL, html));
        assertThat(rules.pageType()).isNull();
        assertThat(rules.pageTypeConfidence()).isNull();
        assertThat(rules.text()).isEqualTo(a.text());
    }

    @Test
    void aSureArticleWithAGoodRuleBodySkipsTheSegmentScorer() {
        String html = Pages.page("<title>Council vote</title><meta property='og:type' content='article'>",
                "<article><h1>Council vote</h1>" + Pages.paras(1, 8) + "</article>");
        Explanation e = new HtmlExtractor(ContentModels.shipped().withPreCheck(true), Pages.CLOCK)
                .explain(Page.html("t", Pages.URL, html.getBytes(StandardCharsets.UTF_8)));
        assertThat(e.pageType()).isEqualTo(PageType.ARTICLE.label());
        if (e.confidence() >= ContentChooser.SURE_ARTICLE) {
            assertThat(e.source()).isEqualTo("rules");
            assertThat(e.reason()).contains("looks right");
            assertThat(e.segments()).allMatch(l -> Float.isNaN(l.probability()));
        }
        Explanation scored = new HtmlExtractor(Pages.CLOCK)
                .explain(Page.html("t", Pages.URL, html.getBytes(StandardCharsets.UTF_8)));
        assertThat(scored.segments()).noneMatch(l -> Float.isNaN(l.probability()));
        assertThat(scored.segments()).filteredOn(l -> l.text().startsWith("Paragraph"))
                .allMatch(l -> l.probability() > 0.5f && l.kept());
    }

    @Test
    void aRuleBodyInsideCommentsOrTinyNextToTheProseDoesNotLookRight() {
        String good = Pages.page("<title>t</title>", "<article><h1>Council vote</h1>" + Pages.paras(1, 6)
                + "</article>");
        String comments = Pages.page("<title>t</title>", "<h1>Council vote</h1><div id='comments'><div class='c'>"
                + Pages.paras(1, 6) + "</div></div>");
        assertThat(looksRight(good)).isTrue();
        assertThat(looksRight(comments)).isFalse();
    }

    /**
     * The rules' body is written only when asked for: until then its warnings (here: a body taken from a JSON-LD
     * articleBody far longer than the markup's) are not on the page, so a page whose body the model wrote does not
     * carry them.
     */
    @Test
    void theRulesBodyAndItsWarningsComeOnlyWhenAskedFor() {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            body.append(Pages.para(i)).append("\\n");
        }
        String ld = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Council vote\","
                + "\"articleBody\":\"" + body + "\"}</script>";
        String html = Pages.page("<title>t</title>" + ld, "<article><h1>Council vote</h1>" + Pages.paras(1, 1)
                + "</article>");
        java.util.List<String> warnings = new java.util.ArrayList<>();
        RuleFindings r = HtmlArticleExtractor.rules(html, Pages.URL,
                java.time.LocalDate.now(Pages.CLOCK), warnings);
        assertThat(warnings).doesNotContain("body taken from JSON-LD articleBody");
        assertThat(r.blocks()).hasSize(12);
        assertThat(warnings).contains("body taken from JSON-LD articleBody");
        assertThat(r.blocks()).isSameAs(r.blocks());
    }

    private static boolean looksRight(String html) {
        java.util.List<String> warnings = new java.util.ArrayList<>();
        RuleFindings r = HtmlArticleExtractor.rules(html, Pages.URL,
                java.time.LocalDate.now(Pages.CLOCK), warnings);
        ContentFeatures.Table t = ContentFeatures.compute(new ContentFeatures.Inputs(r.analysis(), r.root(),
                r.index(), Pages.URL, r.meta()));
        return ContentChooser.looksRight(r, t);
    }

    @Test
    void aSecondCopyOfALongPassageIsDroppedButShortLabelsMayRepeat() {
        String passage = "The staple tee, enduring comfort in a regular fit, crafted from combed cotton.";
        List<org.verbatim.model.Block> out = ContentChooser.withoutRepeats(List.of(
                org.verbatim.model.Block.paragraph(passage), org.verbatim.model.Block.paragraph("Fit"),
                org.verbatim.model.Block.paragraph("Regular"), org.verbatim.model.Block.paragraph("Fit"),
                org.verbatim.model.Block.paragraph(passage), org.verbatim.model.Block.paragraph("Regular")),
                ContentChooser.REPEAT_WORDS);
        assertThat(out).extracting(org.verbatim.model.Block::text)
                .containsExactly(passage, "Fit", "Regular", "Fit", "Regular");
    }

    @Test
    void onAProductPageAShortLineRepeatedIsDroppedToo() {
        List<org.verbatim.model.Block> blocks = List.of(org.verbatim.model.Block.paragraph("Staple Tee Black"),
                org.verbatim.model.Block.paragraph("Fit"), org.verbatim.model.Block.paragraph("Regular"),
                org.verbatim.model.Block.paragraph("Staple Tee Black"), org.verbatim.model.Block.paragraph("Fit"));
        assertThat(ContentChooser.withoutRepeats(blocks, ContentChooser.PRODUCT_REPEAT_WORDS))
                .extracting(org.verbatim.model.Block::text).containsExactly("Staple Tee Black", "Fit", "Regular", "Fit");
        assertThat(ContentChooser.withoutRepeats(blocks, ContentChooser.REPEAT_WORDS)).hasSize(5);
        assertThat(ContentChooser.repeatWords(true)).isEqualTo(ContentChooser.PRODUCT_REPEAT_WORDS);
        assertThat(ContentChooser.repeatWords(false)).isEqualTo(ContentChooser.REPEAT_WORDS);
        assertThat(ContentChooser.sureProduct(org.verbatim.model.PageType.PRODUCT, 0.9f)).isTrue();
        assertThat(ContentChooser.sureProduct(org.verbatim.model.PageType.PRODUCT, 0.6f))
                .as("a page as likely a collection").isFalse();
        assertThat(ContentChooser.sureProduct(org.verbatim.model.PageType.LISTING, 0.9f)).isFalse();
    }
}
