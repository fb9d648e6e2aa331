package org.verbatim.extract.html.dom;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LayoutTablesTest {

    private static final String PROSE = "The council met on Monday to discuss the closure of the bridge, and traders "
            + "told members that the diversion would cost them a third of their takings over the summer months. The "
            + "leader said a decision would follow in May, after the engineers report.";

    private static Element table(String html) {
        return Jsoup.parse("<body>" + html + "</body>").selectFirst("table");
    }

    @Test
    void aTableHoldingAnotherTableLaysOutThePage() {
        assertThat(LayoutTables.isLayout(table("<table><tr><td>Menu</td><td>Story<table><tr><th>Date</th><th>Level"
                + "</th></tr><tr><td>June</td><td>64%</td></tr></table></td></tr><tr><td>a</td><td>b</td></tr>"
                + "</table>"))).isTrue();
    }

    @Test
    void aCellOfProseOrOfParagraphsBetweenLineBreaksLaysOutThePage() {
        assertThat(LayoutTables.isLayout(table("<table><tr><td>Sections</td><td>" + PROSE + "</td></tr>"
                + "<tr><td>x</td><td>y</td></tr></table>"))).isTrue();
        assertThat(LayoutTables.isLayout(table("<table><tr><td>Menu</td><td>A first short paragraph of local news."
                + "<br><br>A second short paragraph of the same local news.<br><br>More to follow.</td></tr><tr><td>x</td><td>y</td></tr>"
                + "</table>"))).as("two <br> in a row with 80 chars of text").isTrue();
        assertThat(LayoutTables.isLayout(table("<table><tr><td>Name<br><br>Town</td><td>2</td></tr>"
                + "<tr><td>x</td><td>y</td></tr></table>"))).as("a line break run in a short cell").isFalse();
    }

    @Test
    void aSingleRowAPresentationRoleOrAHeadingInACellLaysOutThePage() {
        assertThat(LayoutTables.isLayout(table("<table><tr><td>Left</td><td>Right</td></tr></table>"))).isTrue();
        assertThat(LayoutTables.isLayout(table("<table role=presentation><tr><th>a</th></tr><tr><td>1</td></tr>"
                + "</table>"))).isTrue();
        assertThat(LayoutTables.isLayout(table("<table><tr><td><h2>News</h2></td></tr><tr><td>x</td></tr>"
                + "</table>"))).isTrue();
    }

    @Test
    void headersOrManyShortCellsMakeADataTable() {
        assertThat(LayoutTables.isLayout(table("<table><tr><th>Date</th><th>Level</th></tr><tr><td>June 1</td>"
                + "<td>64%</td></tr><tr><td>July 1</td><td>47%</td></tr></table>"))).isFalse();
        assertThat(LayoutTables.isLayout(table("<table><caption>Results</caption><tr><td>" + PROSE + "</td></tr>"
                + "<tr><td>x</td></tr></table>"))).as("a caption outweighs a long cell").isFalse();
        assertThat(LayoutTables.isLayout(table("<table><tr><td><p>Weight</p></td><td><p>2 kg</p></td></tr>"
                + "<tr><td><p>Colour</p></td><td><p>red</p></td></tr></table>")))
                .as("paragraphs in data cells").isFalse();
    }

    @Test
    void aStackOfShortLinesInALayoutCellIsItsNavigationColumn() {
        assertThat(LayoutTables.isMenuColumn("SECTIONS\nLocal News\nCouncil Watch\nFarming\nLetters\nWeather\n"
                + "SUBSCRIBE\nGet the paper delivered\nClick here")).isTrue();
        assertThat(LayoutTables.isMenuColumn("Tuesday, August 5, 2025\nHosepipe ban for the valley\nBy Derek Pollard"))
                .as("a date, a headline and a byline are too few lines").isFalse();
        assertThat(LayoutTables.isMenuColumn("SECTIONS\nLocal News\nCouncil Watch\nFarming\nLetters\nWeather\n"
                + "A hosepipe ban will come into force across the valley on Friday.")).as("a story line").isFalse();
    }
}
