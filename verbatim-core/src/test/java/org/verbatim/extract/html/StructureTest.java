package org.verbatim.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Article;
import org.verbatim.model.Block;
import org.verbatim.model.BlockType;

class StructureTest {
    /** Blocks of the structured page, typed, that the rules' writer and the content model's both write. */
    private static final Tuple FIRST_LIST = tuple(BlockType.LIST, "first item of the list\nsecond item of the list");
    private static final Tuple QUOTE = tuple(BlockType.QUOTE,
            "We will not give up, whatever it costs us, said the mayor.");
    private static final Tuple TABLE = tuple(BlockType.TABLE, "Year | Votes\n2023 | 41");
    private static final Tuple PRE = tuple(BlockType.PREFORMATTED, "x = 1\n  y = 2");

    /** The structured page through the rules' block writer: every block of the page, typed. */
    private static Article structured() {
        return Pages.extractByRules(structuredPage());
    }

    private static String structuredPage() {
        return Pages.page("<title>Guide</title>", "<article><h1>The complete guide</h1>"
                + Pages.paras(1, 2)
                + "<h2>First section</h2>" + Pages.paras(3, 3)
                + "<h3>A detail</h3>"
                + "<ul><li>first item of the list</li><li>second item of the list</li></ul>"
                + "<ol><li>step one</li><li>step two</li></ol>"
                + "<blockquote><p>We will not give up, whatever it costs us, said the mayor.</p></blockquote>"
                + "<table><tr><th>Year</th><th>Votes</th></tr><tr><td>2023</td><td>41</td></tr></table>"
                + "<figure><img src='a.jpg'><figcaption>The council chamber on Tuesday evening.</figcaption></figure>"
                + "<pre>x = 1\n  y = 2</pre>"
                + Pages.paras(4, 5) + "</article>");
    }

    @Test
    void headingsKeepTheirLevels() {
        assertThat(structured().blocks()).filteredOn(b -> b.type() == BlockType.HEADING)
                .extracting(Block::text, Block::level)
                .containsExactly(tuple("First section", 2), tuple("A detail", 3));
    }

    @Test
    void listsQuotesTablesFiguresAndPreformattedBecomeTheirOwnBlocks() {
        Article a = structured();
        assertThat(a.blocks()).extracting(Block::type, Block::text).contains(FIRST_LIST,
                tuple(BlockType.LIST, "step one\nstep two"), QUOTE, TABLE,
                tuple(BlockType.FIGURE, "The council chamber on Tuesday evening."), PRE);
    }

    @Test
    void blocksFollowDocumentOrder() {
        assertThat(structured().blocks()).extracting(Block::type).containsExactly(
                BlockType.PARAGRAPH, BlockType.PARAGRAPH, BlockType.HEADING, BlockType.PARAGRAPH, BlockType.HEADING,
                BlockType.LIST, BlockType.LIST, BlockType.QUOTE, BlockType.TABLE, BlockType.FIGURE,
                BlockType.PREFORMATTED, BlockType.PARAGRAPH, BlockType.PARAGRAPH);
    }

    @Test
    void theContentModelsBodyTypesItsBlocksByTheirElements() {
        // what the model keeps is its decision (it drops captions the gold leaves out); how it is written is not
        Article a = Pages.extract(structuredPage());
        assertThat(a.blocks()).extracting(Block::type, Block::text)
                .contains(tuple(BlockType.HEADING, "First section"), FIRST_LIST, QUOTE, TABLE, PRE);
    }

    @Test
    void aPlainStoryWhoseRulesAndModelAgreeIsNotWarnedOf() {
        Article a = Pages.extract(Pages.page("<title>T</title>", "<nav><a href='/'>Home</a> <a href='/news'>News</a>"
                + "</nav><article><h1>Headline of the story</h1>" + Pages.paras(1, 6) + "</article>"));
        assertThat(a.text()).contains(Pages.para(1)).contains(Pages.para(6));
        assertThat(a.warnings()).noneMatch(w -> w.contains("content model over the rules"));
    }

    @Test
    void headlineIsNotRepeatedInTheBody() {
        assertThat(structured().text()).doesNotContain("The complete guide");
    }

    @Test
    void lineBreaksInsideParagraphsAreKept() {
        Article a = Pages.extract(Pages.page("<title>T</title>", "<article><h1>Headline of the story</h1>"
                + Pages.paras(1, 2) + "<p>First line of a poem that goes on<br>second line of the same poem</p>"
                + Pages.paras(3, 3) + "</article>"));
        assertThat(a.blocks()).extracting(Block::text)
                .contains("First line of a poem that goes on\nsecond line of the same poem");
    }
}
