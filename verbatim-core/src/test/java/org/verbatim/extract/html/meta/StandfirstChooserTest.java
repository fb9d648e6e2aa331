package org.verbatim.extract.html.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.extract.html.Pages;
import org.verbatim.model.Article;
import org.verbatim.model.Block;

class StandfirstChooserTest {
    private static final String DEK = "Residents of the east bank face a long detour while two girders of the old "
            + "bridge are replaced over the summer.";
    private static final String SEO = "Kestrel Bridge closure: what it means for drivers, buses and cyclists in "
            + "Marrowby this year.";

    private static String described(String description) {
        return "<title>Bridge to close | Example News</title><meta name='description' content='" + description + "'>";
    }

    @Test
    void aDekRightAfterTheHeadlineWinsOverADifferentDescription() {
        Article a = Pages.extract(Pages.page(described(SEO), "<article><h1>Bridge to close for four months</h1>"
                + "<p class='article-subtitle'>" + DEK + "</p>" + Pages.paras(1, 3) + "</article>"));
        assertThat(a.standfirst()).isEqualTo(DEK);
        assertThat(a.blocks()).extracting(Block::text).doesNotContain(DEK).startsWith(Pages.para(1));
    }

    @Test
    void aDekFarFromTheHeadlineNeedsTheDescriptionToAgree() {
        StringBuilder filler = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            filler.append("<div><span>").append(i).append("</span></div>");
        }
        Article a = Pages.extract(Pages.page(described(SEO), "<article><h1>Bridge to close for four months</h1>"
                + filler + Pages.paras(1, 3) + "</article><div class='newsletter-intro'>" + DEK + "</div>"));
        assertThat(a.standfirst()).isEqualTo(SEO);
    }

    @Test
    void anUndeclaredParagraphAfterTheHeadlineIsTheStandfirstWhenTheDescriptionConfirmsIt() {
        String shortened = "Residents of the east bank face a long detour while two girders are replaced.";
        Article a = Pages.extract(Pages.page(described(shortened), "<article><h1>Bridge to close for four "
                + "months</h1><p data-role='x'>" + DEK + "</p><div class='byline'>By Jane Doe</div><div>"
                + Pages.paras(1, 3) + "</div></article>"));
        assertThat(a.standfirst()).isEqualTo(DEK);
        assertThat(a.blocks()).extracting(Block::text).doesNotContain(DEK).startsWith(Pages.para(1));
    }

    @Test
    void theFirstOfSeveralSiblingParagraphsIsTheLedeNotAStandfirst() {
        String lede = Pages.para(1);
        Article a = Pages.extract(Pages.page(described("Paragraph 1 of the report explains, in plain words, what "
                + "the council decided on Tuesday."), "<article><h1>Bridge to close for four months</h1>"
                + Pages.paras(1, 3) + "</article>"));
        assertThat(a.blocks()).extracting(Block::text).startsWith(lede);
        assertThat(a.standfirst()).isNotEqualTo(lede);
    }

    @Test
    void descriptionsLoseEntityReferencesAndASiteTrailer() {
        assertThat(StandfirstChooser.cleanDescription("Smith &amp; Jones win the  vote | Example News",
                "Example News")).isEqualTo("Smith & Jones win the vote");
        assertThat(StandfirstChooser.cleanDescription("The vote - a close one", "Example News"))
                .isEqualTo("The vote - a close one");
    }

    @Test
    void withoutANearDekAnUnconfirmedDekLosesToTheDescription() {
        assertThat(StandfirstChooser.choose(new StandfirstChooser.Sources(null, DEK, null, SEO)).text())
                .isEqualTo(SEO);
        assertThat(StandfirstChooser.choose(new StandfirstChooser.Sources(null, DEK, null, DEK)).shown()).isTrue();
        assertThat(StandfirstChooser.choose(new StandfirstChooser.Sources(null, null, null, null)).text()).isNull();
    }

    @Test
    void aLabelAsDescriptionIsNoStandfirstAndConfirmsNoDek() {
        assertThat(StandfirstChooser.isLabel("| Example News")).isTrue();
        assertThat(StandfirstChooser.isLabel("Council votes.")).isFalse();
        assertThat(StandfirstChooser.choose(new StandfirstChooser.Sources(null, DEK, null, "Local politics"))
                .text()).isNull();
        assertThat(StandfirstChooser.choose(new StandfirstChooser.Sources(DEK, null, null, "Local politics"))
                .text()).isEqualTo(DEK);
    }

    @Test
    void foreignNamesOfTheStandfirstAreDekHints() {
        for (String cls : new String[] {"article-perex", "chapo", "entradilla", "article__deck", "epigraph"}) {
            Article a = Pages.extract(Pages.page(described(SEO), "<article><h1>Bridge to close for four months"
                    + "</h1><div class='" + cls + "'>" + DEK + "</div>" + Pages.paras(1, 3) + "</article>"));
            assertThat(a.standfirst()).as(cls).isEqualTo(DEK);
        }
    }

    @Test
    void aDescriptionThatCopiesTheLedeIsNoStandfirst() {
        String lede = "MARROWBY, May 6 (Agency) - The council has awarded a 21 million pound contract to replace two "
                + "girders, the city said on Tuesday, adding that the bridge would reopen in September.";
        // cut short after the dateline
        assertThat(StandfirstChooser.copiesLede("The council has awarded a 21 million pound contract to replace two "
                + "girders.", lede)).isTrue();
        // condensed: clauses left out, words in order
        assertThat(StandfirstChooser.copiesLede("The council has awarded a contract to replace two girders, adding "
                + "that the bridge would reopen in September.", lede)).isTrue();
        // the whole paragraph after a dateline is a repeated standfirst, not a copy
        assertThat(StandfirstChooser.copiesLede("The council has awarded a 21 million pound contract to replace two "
                + "girders, the city said on Tuesday, adding that the bridge would reopen in September.", lede))
                .isFalse();
        // a summary in other words
        assertThat(StandfirstChooser.copiesLede("Bridge reopening delayed to September as steel firm wins the "
                + "girder contract.", lede)).isFalse();
    }

    @Test
    void pagesWithoutClassesGetTheirHeadlineFromABigFontAndTheirStandfirstFromTheItalicLineBelow() {
        String html = "<html><head><title>Valley Herald - Local News</title></head><body><table><tr><td>"
                + "<font size=1>SECTIONS<br><a href='/l'>Local</a></font></td><td><font face=Arial size=2><br>"
                + "<font size=1>Thursday, March 20, 2025</font><br><font size=5><b>Traders fear ruin as bridge "
                + "closure nears</b></font><br><i>Eastbank shops ask the council for rate relief during the "
                + "works</i><br><br>" + Pages.para(1) + "<br><br>" + Pages.para(2) + "<br><br>" + Pages.para(3)
                + "</font></td></tr></table></body></html>";
        Article a = Pages.extract(html);
        assertThat(a.title()).isEqualTo("Traders fear ruin as bridge closure nears");
        assertThat(a.standfirst()).isEqualTo("Eastbank shops ask the council for rate relief during the works");
        assertThat(MetadataReader.legacyHeading(java.util.List.of())).isNull();
    }

    @Test
    void aStandfirstWrittenAsSeveralParagraphsIsJoinedAndBeatsANearHeadingTheDescriptionIgnores() {
        String p1 = "Record numbers of missiles were fired at the capital overnight.";
        String p2 = "The president admits the city cannot defend itself and asks for help.";
        Article a = Pages.extract(Pages.page(described(p1 + " " + p2), "<article><h1>Night of missiles over the "
                + "capital</h1><h2 class='subheading-theme'>Why the talks could change the summer plans</h2>"
                + "<div>" + Pages.paras(5, 6) + "</div><header><p class='lead bold'>" + p1 + "</p><p class='lead "
                + "bold'>" + p2 + "</p></header>" + Pages.paras(1, 3) + "</article>"));
        assertThat(a.standfirst()).isEqualTo(p1 + " " + p2);
    }

    @Test
    void twoSubtitleHeadingsAreNotJoined() {
        Article a = Pages.extract(Pages.page("<title>T</title>", "<article><h1>Bridge to close for four months</h1>"
                + "<h2 class='subtitle'>" + DEK + "</h2><h2 class='subtitle'>A second subtitle that is another "
                + "line</h2>" + Pages.paras(1, 3) + "</article>"));
        assertThat(a.standfirst()).isEqualTo(DEK);
    }

    @Test
    void aDescriptionTrailerThatTheTitleEndsWithTooIsTheSiteName() {
        assertThat(StandfirstChooser.cleanDescription("The council approved the budget. - Valley Agency", null,
                "Council approves budget - Valley Agency")).isEqualTo("The council approved the budget.");
        assertThat(StandfirstChooser.cleanDescription("Budget approved - after a long night", null,
                "Council approves budget - Valley Agency")).isEqualTo("Budget approved - after a long night");
    }

    @Test
    void aWhollyBoldFirstParagraphThatTheDescriptionCutsShortIsTheStandfirst() {
        String bold = "The council has closed the old bridge for four months, and traders on the east bank fear "
                + "for their takings.";
        Article a = Pages.extract(Pages.page(described("The council has closed the old bridge for four months..."),
                "<div id='main'><div class='text'><p><strong>" + bold + "</strong></p>" + Pages.paras(1, 4)
                        + "</div></div>"));
        assertThat(a.standfirst()).isEqualTo(bold);
        assertThat(a.blocks()).extracting(Block::text).doesNotContain(bold);
        // partly bold (a dateline) is an ordinary lede; a bold paragraph repeated word for word stays body
        assertThat(StandfirstChooser.boldLead(org.jsoup.Jsoup.parse("<p><b>LINDI:</b> " + bold + "</p>").body(),
                null)).isNull();
        assertThat(StandfirstChooser.boldLead(org.jsoup.Jsoup.parse("<p><b>" + bold + "</b></p>").body(), bold))
                .isNull();
    }
}
