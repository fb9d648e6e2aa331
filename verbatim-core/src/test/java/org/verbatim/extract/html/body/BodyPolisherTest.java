package org.verbatim.extract.html.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.extract.html.Pages;
import org.verbatim.model.Article;
import org.verbatim.model.Block;

class BodyPolisherTest {

    @Test
    void headerFurnitureBeforeTheFirstLongParagraphIsDropped() {
        Article a = Pages.extract(Pages.page("<title>Council votes on budget</title>",
                "<article><div class='x'><p>Politics</p><p>Council votes on budget</p>"
                        + "<p>08.07.2026 05:00 Uhr</p><p>By Jane Doe and John Roe</p>" + Pages.paras(1, 3)
                        + "</div></article>"));
        assertThat(a.blocks()).extracting(Block::text)
                .containsExactly(Pages.para(1), Pages.para(2), Pages.para(3));
    }

    @Test
    void aSecondCopyOfTheStoryRunTogetherIsDropped() {
        String p1 = "The council met on Monday evening to debate the budget for the coming year, and the debate ran"
                + " long into the night as members argued over the cost of the new bridge across the river.";
        String p2 = "In the end the budget passed by a narrow margin, with the mayor casting the deciding vote after"
                + " a last appeal to the members who had doubted the plan from the very start of the year.";
        Block first = Block.paragraph(p1);
        Block second = Block.paragraph(p2);
        Block runTogether = Block.paragraph(p1 + p2); // "...the river.In the end ...": the page's second copy
        assertThat(BodyPolisher.withoutCopies(List.of(first, second, runTogether))).containsExactly(first, second);
        assertThat(BodyPolisher.withoutCopies(List.of(first, second, Block.paragraph(p1))))
                .as("a paragraph one earlier block holds is repeated on purpose: it stays").hasSize(3);
        Block shortRun = Block.paragraph("the river. In the end the budget passed by a narrow margin");
        assertThat(BodyPolisher.withoutCopies(List.of(first, second, shortRun)))
                .as("a short passage across two blocks stays").hasSize(3);
    }

    @Test
    void aBodyOfAFewWordsWithoutASentenceIsFurnitureAndLeftEmpty() {
        assertThat(BodyPolisher.furnitureOnly(List.of(Block.paragraph("Cart (0)"),
                Block.paragraph("Opens in a new window.")))).isTrue();
        assertThat(BodyPolisher.furnitureOnly(List.of(Block.paragraph("(24)")))).isTrue();
        assertThat(BodyPolisher.furnitureOnly(List.of(Block.paragraph("The council voted the budget through.")))
        ).as("one sentence of six words is content").isFalse();
        assertThat(BodyPolisher.furnitureOnly(List.of(Block.paragraph(
                "Size Colour Material Weight Width Height Depth Price Stock Care Origin Brand Model Year Warranty"))))
                .as("fifteen words are content even without a sentence").isFalse();
        assertThat(BodyPolisher.furnitureOnly(List.of())).as("nothing is not furniture").isFalse();
        assertThat(BodyPolisher.words("議会は予算を可決した")).as("ideographs and kana count one by one").isEqualTo(10);
        assertThat(BodyPolisher.words("Don't stop — 24/7")).isEqualTo(4);
        Article a = Pages.extract(Pages.page("<title>Shop</title>", "<div><p>Cart (0)</p><p>Opens in a new window.</p>"
                + "</div>"));
        assertThat(a.text()).isEmpty();
        assertThat(a.warnings()).contains("only page furniture, no sentence: body left empty");
    }

    @Test
    void aBodyThatOnlyRepeatsTheTitleOrHeadingIsLeftEmpty() {
        String name = "Acme - Travel Kettle 1.2 L - Stainless Steel - 2200 W - Auto Shut-Off - Limescale Filter - Blue";
        assertThat(BodyPolisher.headlineOnly(List.of(Block.heading(name, 1)), name, null)).isTrue();
        assertThat(BodyPolisher.headlineOnly(List.of(Block.heading(name, 1), Block.paragraph(name.toUpperCase())),
                "Shop", name)).as("the heading, twice and in capitals").isTrue();
        assertThat(BodyPolisher.headlineOnly(List.of(Block.heading(name, 1), Block.paragraph("Boils a litre in two "
                + "minutes.")), name, name)).as("a sentence besides the name is content").isFalse();
        assertThat(BodyPolisher.headlineOnly(List.of(Block.paragraph(name)), null, null)).isFalse();
        String post = "Regulator to Europe: restrict our providers and we will ban yours, the chair says.";
        assertThat(BodyPolisher.headlineOnly(List.of(Block.heading(post, 1)), post, post))
                .as("a title that is a sentence (a forum's link post) stays").isFalse();
        assertThat(BodyPolisher.headlineOnly(List.of(), name, name)).as("nothing is no repeat").isFalse();
    }

    @Test
    void aBodyOfThePagesNameInALongerFormAndATabLabelIsLeftEmpty() {
        String title = "Acme - Travel Kettle 1.2 L - Stainless Steel";
        String longer = title + " - 2200 W - Auto Shut-Off - Limescale Filter - Blue";
        assertThat(BodyPolisher.nameAndFurnitureOnly(List.of(Block.heading("Reviews", 2), Block.heading(longer, 2)),
                title, null)).isTrue();
        assertThat(BodyPolisher.nameAndFurnitureOnly(List.of(Block.heading(longer, 1), Block.paragraph("Boils a litre "
                + "in two minutes.")), title, null)).as("a sentence besides the name is content").isFalse();
        assertThat(BodyPolisher.nameAndFurnitureOnly(List.of(Block.heading(longer, 1), Block.paragraph(
                "Stainless steel body, blue lid, limescale filter, auto shut-off, 2200 W, 1.2 litres, cordless base")),
                title, null)).as("fifteen words besides the name are content").isFalse();
        assertThat(BodyPolisher.nameAndFurnitureOnly(List.of(Block.heading("Reviews", 2), Block.paragraph("4.5")),
                title, null)).as("without the name it is not this rule's").isFalse();
        assertThat(BodyPolisher.nameAndFurnitureOnly(List.of(Block.heading("Kettles and more", 2),
                Block.paragraph("Cart (0)")), "Kettles", null)).as("a one-word title names nothing").isFalse();
    }

    @Test
    void aPageCarryingItsTextTwiceGivesItOnceButALoneRepeatedParagraphAndShortRepeatsStay() {
        String hidden = "<div class='mobile-copy'>" + Pages.paras(1, 3) + "</div>";
        Article a = Pages.extract(Pages.page("<title>Council votes on budget</title>",
                "<article><h1>Council votes on budget</h1>" + Pages.paras(1, 3) + hidden + "</article>"));
        assertThat(a.blocks()).extracting(Block::text)
                .containsExactly(Pages.para(1), Pages.para(2), Pages.para(3));
        List<Block> twice = List.of(Block.paragraph("Step one: run it."), Block.paragraph(Pages.para(1)),
                Block.paragraph(Pages.para(2)), Block.paragraph("Step one: run it."),
                Block.paragraph(Pages.para(1).toUpperCase()), Block.paragraph(Pages.para(2)),
                Block.paragraph(Pages.para(3)));
        assertThat(BodyPolisher.withoutRepeats(twice, false)).as("a run replayed, case aside; four words may repeat")
                .extracting(Block::text).containsExactly("Step one: run it.", Pages.para(1), Pages.para(2),
                        "Step one: run it.", Pages.para(3));
        List<Block> refrain = List.of(Block.paragraph(Pages.para(1)), Block.heading("Secondary header", 2),
                Block.paragraph(Pages.para(1)), Block.paragraph(Pages.para(2)), Block.paragraph(Pages.para(1)));
        assertThat(BodyPolisher.withoutRepeats(refrain, false)).as("on an article one paragraph repeated alone stays")
                .isEqualTo(refrain);
        assertThat(BodyPolisher.withoutRepeats(refrain, true)).as("elsewhere it goes").extracting(Block::text)
                .containsExactly(Pages.para(1), "Secondary header", Pages.para(2));
        List<Block> distinct = List.of(Block.paragraph(Pages.para(1)), Block.paragraph(Pages.para(2)));
        assertThat(BodyPolisher.withoutRepeats(distinct, true)).isSameAs(distinct);
    }

    @Test
    void creditAndCopyrightLinesAreDropped() {
        Article a = Pages.extract(Pages.page("<title>T</title>", "<article><h1>Headline of the story</h1>"
                + Pages.paras(1, 2) + "<p>The mayor at the town hall on Monday. Foto: Jane Doe/Agency</p>"
                + Pages.paras(3, 4) + "<p>© Example Media 2024</p></article>"));
        assertThat(a.text()).doesNotContain("Foto:", "©").contains(Pages.para(4));
    }

    @Test
    void trailingPromotionsAreTrimmedButNotAnArticleParagraphThatNamesOne() {
        String mention = "The council's newsletter informed residents on Monday, and those who sign up for our "
                + "newsletter were told first. " + Pages.para(9);
        List<Block> in = List.of(Block.paragraph(Pages.para(1)), Block.paragraph("Fehler gefunden? Jetzt melden."),
                Block.paragraph(Pages.para(2)), Block.heading("Newsletter", 2),
                Block.paragraph("Sign up for our newsletter and get the news first."), Block.paragraph("SDA/afp"),
                Block.paragraph("Got a story? Get in touch with our news team."));
        assertThat(BodyPolisher.polish(in, null, null, null, null)).extracting(Block::text)
                .containsExactly(Pages.para(1), "Fehler gefunden? Jetzt melden.", Pages.para(2));
        List<Block> long1 = List.of(Block.paragraph(Pages.para(1)), Block.paragraph(mention + " " + mention));
        assertThat(BodyPolisher.polish(long1, null, null, null, null)).hasSize(2);
    }

    @Test
    void teasersInsideTheBodyAreDroppedButNotSentencesThatStartLikeThem() {
        assertThat(BodyPolisher.isTeaser("READ MORE: Woman in her 90s found alive after the earthquake")).isTrue();
        assertThat(BodyPolisher.isTeaser("WATCH | Protesters gather outside parliament:")).isTrue();
        assertThat(BodyPolisher.isTeaser("Lesen Sie auch: Was die Reform für Mieter bedeutet")).isTrue();
        assertThat(BodyPolisher.isTeaser("Watchdogs said the plan was flawed: it ignores the costs.")).isFalse();
        assertThat(BodyPolisher.isTeaser("Related: ")).isFalse();
        assertThat(BodyPolisher.isTeaser("Read more: " + Pages.para(1))).isFalse(); // too long for a teaser
    }

    @Test
    void teaserLinesClosingAParagraphAreCutAndTheParagraphKept() {
        String story = "\"It is an ill wind,\" she said. \"I would still rather have the rain.\"";
        Block glued = Block.paragraph("Across the river, the dry weather has had one welcome effect.\n" + story
                + "\nRELATED: Eastbank traders ask for rate relief");
        assertThat(BodyPolisher.withoutTrailingTeasers(glued).text())
                .isEqualTo("Across the river, the dry weather has had one welcome effect.\n" + story);
        Block inside = Block.paragraph("Read more: the council's report\n" + story);
        assertThat(BodyPolisher.withoutTrailingTeasers(inside)).as("only closing lines go").isSameAs(inside);
        Block sentence = Block.paragraph(story + "\nWatchdogs said the plan was flawed: it ignores the costs.");
        assertThat(BodyPolisher.withoutTrailingTeasers(sentence)).isSameAs(sentence);
    }

    @Test
    void shortUnpunctuatedLinesAtTheEdgesAreDropped() {
        List<Block> in = List.of(Block.paragraph("Related topics"), Block.paragraph(Pages.para(1)),
                Block.paragraph("Short but a sentence."), Block.paragraph(Pages.para(2)),
                Block.paragraph("More on this story"), Block.heading("Read next", 2));
        List<Block> out = BodyPolisher.polish(in, null, null, null, null);
        assertThat(out).extracting(Block::text)
                .containsExactly(Pages.para(1), "Short but a sentence.", Pages.para(2));
    }

    @Test
    void aDescriptionEqualToAnOrdinaryLedeStaysBodyAndIsNoStandfirstInTheRulesBody() {
        String lede = Pages.para(1);
        Article a = Pages.extractByRules(Pages.page("<title>T</title><meta name='description' content='" + lede
                + "'>", "<article><h1>Headline of the story</h1>" + Pages.paras(1, 3) + "</article>"));
        assertThat(a.blocks()).extracting(Block::text).startsWith(lede);
        assertThat(a.standfirst()).isNull();
    }

    @Test
    void aDescriptionThatIsTheModelBodysFirstParagraphStaysTheStandfirstAndTheBodyKeepsIt() {
        // the fundus gold keeps such a description as the standfirst, the wcxb-dev gold keeps it in the body
        String lede = Pages.para(1);
        Article a = Pages.extract(Pages.page("<title>T</title><meta name='description' content='" + lede + "'>",
                "<article><h1>Headline of the story</h1>" + Pages.paras(1, 3) + "</article>"));
        assertThat(a.blocks()).extracting(Block::text).startsWith(lede);
        assertThat(a.standfirst()).isEqualTo(lede);
    }

    @Test
    void bylinesAreRecognisedByTheirFirstWord() {
        assertThat(BodyPolisher.isByline("Von Anna Muster, Berlin")).isTrue();
        assertThat(BodyPolisher.isByline("Bywater council approves plans")).isFalse();
    }

    @Test
    void aLeadingParagraphHoldingTheHeadlineAsALineIsJudgedLineByLine() {
        List<Block> in = List.of(Block.paragraph("Tuesday, August 5, 2025\nBan for the valley\nFarmers warn of "
                + "a shortage"), Block.paragraph("By Jane Doe"), Block.paragraph(Pages.para(1)));
        assertThat(BodyPolisher.polish(in, "Ban for the valley", null, "Farmers warn of a shortage", null))
                .extracting(Block::text).containsExactly(Pages.para(1));
        List<Block> plain = List.of(Block.paragraph("A line\nanother line of the story"),
                Block.paragraph(Pages.para(1)));
        assertThat(BodyPolisher.splitHeaderStack(plain, "Ban for the valley", null)).as("no headline line: kept whole")
                .isSameAs(plain);
    }

    @Test
    void interfaceLinksAndLabelsAreDroppedWhateverPunctuationSurroundsThem() {
        assertThat(BodyPolisher.isUiLine("- Advertisement -")).isTrue();
        assertThat(BodyPolisher.isUiBar("[ Print this story | Email this story to a friend | Back to top ]")).isTrue();
        assertThat(BodyPolisher.isUiBar("Madrid | Barcelona | Sevilla")).isFalse();
        assertThat(BodyPolisher.isUiBar("Print this story | the council said on Monday that it would wait for the "
                + "report")).as("a sentence is no interface part").isFalse();
        assertThat(BodyPolisher.isUiBox("SUBSCRIBE\nGet the paper delivered\nClick here")).isTrue();
        assertThat(BodyPolisher.isUiBox("Subscribers can read this\nGet the paper delivered")).isFalse();
    }

    @Test
    void aLabelledListOfOtherStoriesIsATeaserList() {
        assertThat(BodyPolisher.isTeaserList("Other local stories:\n• Traders ask for relief\n• Show dates set"))
                .isTrue();
        assertThat(BodyPolisher.isTeaserList("Weitere Artikel:\nEins\nZwei")).isTrue();
        assertThat(BodyPolisher.isTeaserList("Ingredients:\n200 g flour\n2 eggs")).as("no article word").isFalse();
        assertThat(BodyPolisher.isTeaserList("Other stories:\n• Only one")).as("a list needs two lines").isFalse();
    }
}
