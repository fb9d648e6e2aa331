package org.verbatim.extract.html.dom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.verbatim.extract.html.Pages;
import org.verbatim.extract.html.meta.PageIndex;
import org.verbatim.model.Block;
import org.verbatim.model.BlockType;

class SegmenterTest {

    private static List<Segment> segments(String body) {
        Document doc = Jsoup.parse(Pages.page("<title>t</title>", body));
        return DomAnalyzer.analyze(doc.body(), PageIndex.ofHead(doc, Pages.TODAY)).segments();
    }

    @Test
    void blockBoundariesCutTextIntoSegmentsAndInlineTagsDoNot() {
        List<Segment> s = segments("<div>Loose text <b>in bold</b><p>A paragraph with <a href='/x'>a link</a>."
                + "</p>after it<ul><li>one</li><li>two<br>lines</li></ul></div>");
        assertThat(s).extracting(Segment::text, seg -> seg.owner.normalName()).containsExactly(
                tuple("Loose text in bold", "div"), tuple("A paragraph with a link.", "p"), tuple("after it", "div"),
                tuple("one", "li"), tuple("two\nlines", "li"));
        assertThat(s.get(1).link).isEqualTo("alink".length());
        assertThat(s.get(1).sentenceEnds).isEqualTo(1);
        assertThat(s.get(4).has(Segmenter.IN_ITEM)).isTrue();
        assertThat(s.get(0).has(Segmenter.IN_ITEM)).isFalse();
    }

    @Test
    void prunedBoilerplateStillHasItsSegmentsMarkedWithTheTier() {
        List<Segment> s = segments("<article>" + Pages.paras(1, 3) + "</article>"
                + "<div class='comments'><p>A reader says this is a very long comment about it.</p></div>"
                + "<div class='related'><p>Another story</p></div>");
        assertThat(s).extracting(Segment::text).contains("A reader says this is a very long comment about it.",
                "Another story");
        Segment comment = s.stream().filter(x -> x.text().startsWith("A reader")).findFirst().orElseThrow();
        assertThat(comment.pruned).isEqualTo(3);
        assertThat(s.get(0).pruned).isZero();
        assertThat(comment.farVocab & (1 << Segmenter.GROUPS.indexOf("comment"))).isNotZero();
    }

    @Test
    void dropTagsAreNotSegmentedButANoscriptPageIs() {
        String post = "This post is long enough to be the page that readers without scripts see in full. ";
        List<Segment> s = segments("<nav><a>Home</a></nav><p>Body text here.</p><noscript><img src=x></noscript>"
                + "<noscript><div class='post'><p>" + post.repeat(6) + "</p></div></noscript>");
        assertThat(s).extracting(Segment::text).containsExactly("Body text here.", post.repeat(6).strip());
    }

    @Test
    void dropTagsAreRemovedWhereverTheyStandAndWhatFollowsThemIsRead() {
        Document doc = Jsoup.parse(Pages.page("<title>t</title>", "<nav>n1</nav><div><p>One.</p><nav>n2</nav></div>"
                + "<aside>a</aside><footer>f</footer><div><div><p>Two.</p><nav>n3</nav></div></div><p>Three.</p>"
                + "<nav>n4</nav>"));
        List<Segment> s = DomAnalyzer.analyze(doc.body(), PageIndex.ofHead(doc, Pages.TODAY)).segments();
        assertThat(s).extracting(Segment::text).containsExactly("One.", "Two.", "Three.");
        assertThat(doc.body().select("nav, aside, footer")).isEmpty();
        assertThat(doc.body().text()).isEqualTo("One. Two. Three.");
    }

    @Test
    void wordGroupsAreCounted() {
        List<Segment> s = segments("<p>Add to cart: free shipping on every order.</p><p>Nothing here.</p>");
        int commerce = 1 << WordGroups.GROUPS.indexOf("commerce");
        assertThat(s.get(0).wordGroups & commerce).isNotZero();
        assertThat(s.get(1).wordGroups & commerce).isZero();
    }

    @Test
    void keptSegmentsAreWrittenAsTypedBlocksWithListsAndTablesGrouped() {
        List<Segment> s = segments("<h2>Specs</h2><table><tr><th>Weight</th><td>2 kg</td></tr>"
                + "<tr><th>Colour</th><td>red</td></tr></table><ul><li>first</li><li>second</li></ul>"
                + "<p>Closing words of the page.</p><pre>x = 1\n  y = 2</pre>");
        boolean[] keep = new boolean[s.size()];
        java.util.Arrays.fill(keep, true);
        List<Block> blocks = SegmentWriter.write(s, keep, true);
        assertThat(blocks).extracting(Block::type, Block::text).containsExactly(
                tuple(BlockType.HEADING, "Specs"), tuple(BlockType.TABLE, "Weight | 2 kg\nColour | red"),
                tuple(BlockType.LIST, "first\nsecond"), tuple(BlockType.PARAGRAPH, "Closing words of the page."),
                tuple(BlockType.PREFORMATTED, "x = 1\n  y = 2"));
        keep[2] = false; // "2 kg" dropped
        assertThat(SegmentWriter.write(s, keep, true)).extracting(Block::text).contains("Weight\nColour | red");
    }

    @Test
    void layoutTableCellsAreWrittenAsParagraphsAndADataTableInsideStaysATable() {
        String story = "A long story paragraph in the content cell of a page laid out as a table, long enough "
                + "to be prose rather than a figure, and then some more words to pass the prose length.";
        List<Segment> s = segments("<table><tr><td>Sections</td><td>" + story + "<br><br>Second paragraph of it."
                + "<table><tr><th>Date</th><th>Level</th></tr><tr><td>June</td><td>64%</td></tr></table>"
                + "</td></tr></table>");
        boolean[] keep = new boolean[s.size()];
        java.util.Arrays.fill(keep, true);
        assertThat(SegmentWriter.write(s, keep, true)).extracting(Block::type, Block::text).containsExactly(
                tuple(BlockType.PARAGRAPH, "Sections"), tuple(BlockType.PARAGRAPH, story + "\nSecond paragraph of it."),
                tuple(BlockType.TABLE, "Date | Level\nJune | 64%"));
    }
}
