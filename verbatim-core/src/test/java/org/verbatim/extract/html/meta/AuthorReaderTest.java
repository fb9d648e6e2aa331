package org.verbatim.extract.html.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.extract.html.Pages;
import org.verbatim.model.Article;

class AuthorReaderTest {

    private static Article page(String head, String body) {
        return Pages.extract(Pages.page("<title>Council votes on budget</title>" + head,
                body + "<article><h1>Council votes on budget</h1>" + Pages.paras(1, 3) + "</article>"));
    }

    private static String ld(String authorJson) {
        return "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":" + authorJson
                + "}</script>";
    }

    @Test
    void jointBylineIsSplitIntoNames() {
        Article a = page("<meta name='author' content='By Jane Doe, John Roe and Ann Poe'>", "");
        assertThat(a.authors()).containsExactly("Jane Doe", "John Roe", "Ann Poe");
    }

    @Test
    void aCardsWrittenByLabelNamesTheWriterWhenNothingElseDoes() {
        String card = "<meta name='twitter:label1' content='Written by'><meta name='twitter:data1' content='Jane Doe'>"
                + "<meta name='twitter:label2' content='Est. reading time'><meta name='twitter:data2' content='4 minutes'>";
        assertThat(page(card, "").authors()).containsExactly("Jane Doe");
        assertThat(page(card.replace("Jane Doe", "Example Staff"), "").credits()).containsExactly("Example Staff");
        assertThat(page(card.replace("Written by", "Est. reading time"), "").authors()).as("another label").isEmpty();
        assertThat(page(card + "<meta name='author' content='John Roe'>", "").authors())
                .as("a declared author comes first").containsExactly("John Roe");
    }

    @Test
    void aDeclaredLoginNameIsTheAuthorWhenThePageCreditsNobodyElse() {
        assertThat(page("<meta name='author' content='janedoe'>", "").authors()).containsExactly("janedoe");
        assertThat(page(ld("{\"@type\":\"Person\",\"name\":\"jroe\"}"), "").authors()).containsExactly("jroe");
        assertThat(page("<meta name='author' content='janedoe'>", "<p class='byline'>By John Roe</p>").authors())
                .as("a shown name comes first").containsExactly("John Roe");
        for (String notAHandle : new String[] {"admin", "undefined", "editor", "jane42", "j.doe"}) {
            assertThat(page("<meta name='author' content='" + notAHandle + "'>", "").authors()).as(notAHandle)
                    .isEmpty();
        }
        assertThat(page("<meta name='author' content='example'>", "").authors()).as("the site's own name")
                .isEmpty();
    }

    private static Article boxed(String head, String box) {
        return Pages.extract(Pages.page("<title>Council votes on budget</title>" + head,
                "<article><h1>Council votes on budget</h1>" + Pages.paras(1, 3) + "</article>" + box));
    }

    private static final String BOX = "<div class='about'><h3>Jane Doe</h3><p>Jane Doe is a travel writer based in"
            + " Lisbon. When she isn't writing, she hikes the coast with her dog.</p></div>";

    @Test
    void anAuthorBoxAfterTheStoryNamesTheWriterWhenNothingElseDoes() {
        assertThat(boxed("", BOX).authors()).containsExactly("Jane Doe");
        assertThat(boxed("", "<div><p><img src='j.jpg' alt='Jane Doe'></p><p>Jane is the founder of the site, and she"
                + " has cooked for twenty years.</p></div>").authors()).as("the first name after a portrait")
                .containsExactly("Jane Doe");
        assertThat(boxed("<meta name='author' content='John Roe'>", BOX).authors()).as("a declared author first")
                .containsExactly("John Roe");
        Article org = boxed(ld("{\"@type\":\"Organization\",\"name\":\"Acme Dental Care\"}"), BOX);
        assertThat(org.authors()).as("the publisher credited as author gives way").containsExactly("Jane Doe");
        assertThat(org.credits()).isEmpty();
    }

    @Test
    void aClosingThisPostWasWrittenByLineNamesTheWriter() {
        assertThat(boxed("", "<p><em>This post was written by <a href='/doctors/jane-doe'>Jane Doe, MD</a>,"
                + " gastroenterologist at Example Health.</em></p>").authors()).containsExactly("Jane Doe");
        assertThat(boxed("", "<p>This post was written in a hurry by the night shift.</p>").authors()).isEmpty();
    }

    @Test
    void aParagraphOnAThingOrSeveralPeopleIsNoAuthorBox() {
        assertThat(boxed("", "<h3>Art Deco</h3><p>Art Deco is a style of design that began in France before the"
                + " First World War.</p>").authors()).as("no pronoun: a thing").isEmpty();
        assertThat(boxed("", BOX + BOX.replace("Jane Doe", "Ann Poe")).authors()).as("a list of people").isEmpty();
        assertThat(boxed("", "<h3>Jane Doe</h3><p>John Roe is a chef, and he cooks.</p>").authors())
                .as("the paragraph is about someone else").isEmpty();
    }

    @Test
    void authorFieldHoldingTheSiteNameOrAProfileUrlIsNoAuthor() {
        Article a = page("<meta property='og:site_name' content='Example News'>"
                + "<meta name='author' content='Example News'>"
                + "<meta property='article:author' content='https://news.example.com/authors/jane'>", "");
        assertThat(a.authors()).isEmpty();
        assertThat(a.credits()).as("the publication credited as author").containsExactly("Example News");
    }

    @Test
    void teamsStaffAndEditorsAreCreditsNeverAuthors() {
        assertThat(page("", "<p>By the Example Health Team</p>").credits()).containsExactly("the Example Health Team");
        Article staff = page("<meta name='author' content='Podium Staff'>", "");
        assertThat(staff.authors()).isEmpty();
        assertThat(staff.credits()).containsExactly("Podium Staff");
        Article mixed = page("<meta name='author' content='Thomas Broderick, Nalea Ko, and ACO Rankings Team'>", "");
        assertThat(mixed.authors()).containsExactly("Thomas Broderick", "Nalea Ko");
        assertThat(mixed.credits()).containsExactly("ACO Rankings Team");
        Article org = page(ld("{\"@type\":\"Organization\",\"name\":\"Acme Dental Care\"}"), "");
        assertThat(org.authors()).isEmpty();
        assertThat(org.credits()).containsExactly("Acme Dental Care");
    }

    @Test
    void aCreditElsewhereOnAPageThatNamesItsAuthorIsNoCredit() {
        Article a = page("<meta name='author' content='Example Team'>" + ld("{\"@type\":\"Person\",\"name\":"
                + "\"Jane Doe\"}"), "");
        assertThat(a.authors()).containsExactly("Jane Doe");
        assertThat(a.credits()).isEmpty();
    }

    @Test
    void credentialsAfterANameAreDropped() {
        assertThat(page("<meta name='author' content='Jane Doe, MD'>", "").authors()).containsExactly("Jane Doe");
        assertThat(page("<meta name='author' content='Jane Doe Ph.D.'>", "").authors()).containsExactly("Jane Doe");
        assertThat(page("", "<p>Written by Holly Wilgus, E-RYT 200</p>").authors()).containsExactly("Holly Wilgus");
        assertThat(AuthorReader.trimRoles("Jane Doe DVM")).isEqualTo("Jane Doe");
        assertThat(AuthorReader.trimRoles("Jane DVM")).as("two words: the capitals may be a name").isEqualTo("Jane DVM");
    }

    @Test
    void aBylineShownInTheTextIsReadWhenTheMarkupNamesNone() {
        assertThat(page("", "<div><span>Updated 3 May 2024</span><p>Written by <a href='/x'>Jane Doe</a> and "
                + "<a href='/y'>John Roe</a></p></div>").authors()).containsExactly("Jane Doe", "John Roe");
        assertThat(page("", "<p><time>May 3, 2024</time> By <a href='/x'>Jane Doe</a> 4 Comments</p>").authors())
                .containsExactly("Jane Doe");
        assertThat(page("", "<dl><dt>Author</dt><dd>Jane Doe</dd></dl>").authors()).containsExactly("Jane Doe");
        assertThat(page("", "<p>Posted by Eliz | Product marketing</p>").authors()).containsExactly("Eliz");
    }

    @Test
    void rolesAfterANameInOneBylineAreNoNames() {
        assertThat(page("", "<p class='byline'>Cara Dumaplin, Certified Pediatric Sleep Consultant</p>").authors())
                .containsExactly("Cara Dumaplin");
    }

    @Test
    void organisationNextToAPersonInJsonLdIsAnAgencyCreditNotAnAuthor() {
        Article a = page(ld("[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Organization\","
                + "\"name\":\"dpa\"}]"), "");
        assertThat(a.authors()).containsExactly("Jane Doe");
        assertThat(a.agencies()).containsExactly("dpa");
    }

    @Test
    void initialsInParenthesesAndEmailsAreDropped() {
        assertThat(AuthorReader.clean("Elena Muster (emu)")).isEqualTo("Elena Muster");
        assertThat(AuthorReader.nameLike("j.doe@news.example.com")).isFalse();
        assertThat(AuthorReader.nameLike("news.example")).isFalse();
        assertThat(AuthorReader.nameLike("Jane Doe")).isTrue();
        Publication site = new Publication("Example News", null, "https://news.example.com/a");
        assertThat(site.isPublication("Example News")).isTrue();
        assertThat(site.isPublication("Jane Doe")).isFalse();
    }

    @Test
    void visibleBylineIsReadWhenNothingIsDeclared() {
        Article a = page("", "<div class='article-byline'><span>By</span> <a rel='author' href='/a/jd'>Jane Doe</a>"
                + "</div>");
        assertThat(a.authors()).containsExactly("Jane Doe");
    }

    @Test
    void namesInSeparateElementsOfOneBylineStayApart() {
        Article a = page("", "<div class='byline'><a href='/p/1'>Jane Doe</a><a href='/p/2'>John Roe</a>"
                + "<time>3 May 2024</time></div>");
        assertThat(a.authors()).containsExactly("Jane Doe", "John Roe");
    }

    @Test
    void siteAsLoneJsonLdAuthorGivesWayToAVisiblePersonAndIsNeverAnAuthor() {
        String head = "<meta property='og:site_name' content='Example News'>"
                + ld("{\"@type\":\"Organization\",\"name\":\"Example News\"}");
        assertThat(page(head, "<p class='byline'>By Jane Doe</p>").authors()).containsExactly("Jane Doe");
        assertThat(page(head, "").authors()).isEmpty();
    }

    @Test
    void linkToAnAuthorPageIsABylineWhateverItsClass() {
        Article a = page("", "<p class='meta-info'>von <a href='/autoren/name/max-kolter'>Dr. Max Kolter</a></p>");
        assertThat(a.authors()).containsExactly("Dr. Max Kolter");
        assertThat(AuthorReader.isAuthorPage("https://news.example.com/authors/jane-doe")).isTrue();
        assertThat(AuthorReader.isAuthorPage("/automobile/autotest-2024")).isFalse();
    }

    @Test
    void commenterAndTeaserAuthorsAreNotTheByline() {
        Article a = page("", "<div class='comment-author'>Jack Smith</div>"
                + "<span class='teaser-footer__author'>von Max Muster</span>");
        assertThat(a.authors()).isEmpty();
    }

    @Test
    void visibleTextThatIsNoPersonNameIsIgnored() {
        assertThat(AuthorReader.looksLikePersonName("Twitter")).isFalse();
        assertThat(AuthorReader.looksLikePersonName("Jan van der Berg")).isTrue();
        assertThat(AuthorReader.looksLikePersonName("follow us on facebook")).isFalse();
    }

    @Test
    void jsonLdNamesFromGivenAndFamilyNameAndGraphReferences() {
        String graph = "<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"NewsArticle\",\"author\":"
                + "[{\"@id\":\"#p1\"},{\"@type\":\"Person\",\"givenName\":\"Anna Giulia\",\"familyName\":\"Fink\"}]},"
                + "{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Jane Doe\"}]}</script>";
        assertThat(page(graph, "").authors()).containsExactly("Jane Doe", "Anna Giulia Fink");
    }

    @Test
    void allCapitalPersonNameInJsonLdIsWrittenInTitleCase() {
        assertThat(page(ld("{\"@type\":\"Person\",\"name\":\"JÖRG THOMSON-DEVEAUX\"}"), "").authors())
                .containsExactly("Jörg Thomson-Deveaux");
    }

    @Test
    void anArticlesSmallFooterIsReadForBylinesButNotASiteFooterOfLinks() {
        String byline = "<footer><p>Written by <a href='/jane'>Jane Doe</a></p></footer>";
        Article small = Pages.extract(Pages.page("<title>Council votes on budget</title>",
                "<article><h1>Council votes on budget</h1>" + Pages.paras(1, 3) + byline + "</article>"));
        assertThat(small.authors()).containsExactly("Jane Doe");
        StringBuilder links = new StringBuilder("<footer><p>Written by <a href='/jane'>Jane Doe</a></p><ul>");
        for (int i = 0; i < PageIndex.MAX_FOOTER_ELEMENTS; i++) {
            links.append("<li><a href='/s").append(i).append("'>Section ").append(i).append("</a></li>");
        }
        Article big = Pages.extract(Pages.page("<title>Council votes on budget</title>",
                "<article><h1>Council votes on budget</h1>" + Pages.paras(1, 3) + links + "</ul></footer></article>"));
        assertThat(big.authors()).as("a footer of more than %d elements is a site's", PageIndex.MAX_FOOTER_ELEMENTS)
                .isEmpty();
    }

    @Test
    void anArticlesFactsAsideIsReadForItsBylineButNotASidebarOfTeasers() {
        String facts = "<aside><div><h3>Published</h3><p>March 3, 2021</p></div><div><h6>Author(s)</h6><ul>"
                + "<li><a href='/lib?a=1'>Jane Doe</a></li><li><a href='/lib?a=2'>John Roe</a></li></ul></div></aside>";
        Article a = Pages.extract(Pages.page("<title>Council votes on budget</title>", "<article><h1>Council votes"
                + " on budget</h1>" + facts + Pages.paras(1, 3) + "</article>"));
        assertThat(a.authors()).containsExactly("Jane Doe", "John Roe");
        StringBuilder teasers = new StringBuilder("<aside><h3>Related</h3><ul>");
        for (int i = 0; i < PageIndex.MAX_FOOTER_ELEMENTS; i++) {
            teasers.append("<li><a href='/s").append(i).append("'>Story ").append(i).append("</a> By Jim Poe</li>");
        }
        Article big = Pages.extract(Pages.page("<title>Council votes on budget</title>", "<article><h1>Council votes"
                + " on budget</h1>" + teasers + "</ul></aside>" + Pages.paras(1, 3) + "</article>"));
        assertThat(big.authors()).as("an aside of more than %d elements is a sidebar", PageIndex.MAX_FOOTER_ELEMENTS)
                .isEmpty();
    }

    @Test
    void aMarkedBylineIsReadPastItsDateAndUpToAStopWord() {
        Article a = page("", "<div class='publish-date-author'>Dec. 19, 2024 &middot; Jane Doe on behalf of"
                + " <a href='/teams/x'>the launch team</a></div>");
        assertThat(a.authors()).containsExactly("Jane Doe");
        assertThat(AuthorReader.beforeStopWord("Jane Doe in Politics")).isEqualTo("Jane Doe");
        assertThat(AuthorReader.beforeStopWord("Jane on Monday")).as("one word is no name").isEqualTo("Jane on Monday");
        assertThat(AuthorReader.beforeStopWord("Notes from the Field")).isEqualTo("Notes from the Field");
    }

    @Test
    void anAuthorBoxTooLongForABylineGivesTheNameInItsHeading() {
        String bio = "<p>Jane is a software developer who writes about audio plugins, games and the tools that make"
                + " them, and who has contributed to many open projects over the last ten years.</p>";
        Article a = Pages.extract(Pages.page("<title>Council votes on budget</title>", "<article><h1>Council votes"
                + " on budget</h1>" + Pages.paras(1, 3) + "</article><div class='blog-author'><img src='a.webp'><div>"
                + "<h4>Jane Doe</h4><div class='social-links'><a href='/in/jane'></a></div>" + bio + "</div></div>"));
        assertThat(a.authors()).containsExactly("Jane Doe");
        Article related = Pages.extract(Pages.page("<title>Council votes on budget</title>", "<article><h1>Council"
                + " votes on budget</h1>" + Pages.paras(1, 3) + "</article><div class='blog-author'><h4>More"
                + " Stories</h4>" + bio + "</div>"));
        assertThat(related.authors()).as("a heading that is no name").isEmpty();
    }

    @Test
    void aBylineSetInCapitalsNamesItsPersonsAsWritten() {
        assertThat(page("", "<p>By JANE DOE and JOHN ROE</p>").authors()).containsExactly("Jane Doe", "John Roe");
        assertThat(page("", "<p>By Jane Doe, EXAMPLE RADIO</p>").authors()).as("a station beside a name")
                .containsExactly("Jane Doe");
    }

    @Test
    void aLoginNameAfterByIsTheBylineWhenItIsAllTheLineHolds() {
        assertThat(page("", "<div class='post-date'><time datetime='2025-12-19'>12/19</time><p>by   jdoe  </p></div>")
                .authors()).containsExactly("jdoe");
        assertThat(page("", "<p>Posted by: jroe</p>").authors()).containsExactly("jroe");
        assertThat(page("", "<p>by admin</p>").authors()).as("a role word").isEmpty();
        assertThat(page("", "<p>by the way</p>").authors()).as("prose").isEmpty();
        assertThat(page("", "<p>Passed <strong>by value</strong></p>").authors()).as("emphasised prose").isEmpty();
        assertThat(page("", "<dl><dt>author:<i>username</i></dt></dl>").authors()).as("a form's field")
                .isEmpty();
        assertThat(page("", "<p>by jdoe and friends</p>").authors()).as("more than a login").isEmpty();
    }

    @Test
    void aShownBylineReplacesADeclaredAuthorThePageNeverShows() {
        String declared = ld("{\"@type\":\"Person\",\"name\":\"Luke Stale\"}");
        Article a = page(declared, "<div class='meta'><p>By: John Roe</p></div>");
        assertThat(a.authors()).containsExactly("John Roe");
        Article shown = page(declared, "<div class='meta'><p>By: John Roe</p><span class='author-name'>Luke Stale"
                + "</span></div>");
        assertThat(shown.authors()).as("the declared author is shown in a byline element").containsExactly(
                "Luke Stale");
        Article team = boxed(declared, "<p>Written by Example Team</p><div class='related'><p>Written by John Roe</p>"
                + "</div>");
        assertThat(team.authors()).as("a team signs first: the persons after it are a teaser's").isEmpty();
        assertThat(team.credits()).as("the team the page shows replaces the unshown person")
                .containsExactly("Example Team");
        Article both = boxed(declared, "<p>Written by John Roe and the Example Team</p>");
        assertThat(both.authors()).as("a person beside a team: not a clear replacement").containsExactly(
                "Luke Stale");
        Article prose = page(declared, "<p>Author John Roe, from Kensington, said she started reading romance novels"
                + " long before she was allowed to.</p>");
        assertThat(prose.authors()).as("a sentence, not a byline line").containsExactly("Luke Stale");
        Article script = page(ld("{\"@type\":\"Person\",\"name\":\"新間\"}"), "<p class='meta'>By: John Roe</p>");
        assertThat(script.authors()).as("a name in another script may be the same person's")
                .containsExactly("新間");
    }

    @Test
    void aPersonWhoSignsTheAuthorBoxOutranksADeclaredTeam() {
        String team = ld("{\"@type\":\"Person\",\"name\":\"Team Harbour Data\"}");
        Article signed = boxed(team, "<p>Written by <a href='/u/jroe'>John Roe</a></p>");
        assertThat(signed.authors()).containsExactly("John Roe");
        assertThat(signed.credits()).isEmpty();
        Article org = boxed(ld("{\"@type\":\"Organization\",\"name\":\"Acme Dental Care\"}"),
                "<p>Written by <a href='/u/jroe'>John Roe</a></p>");
        assertThat(org.authors()).containsExactly("John Roe");
        Article shownTeam = Pages.extract(Pages.page("<title>Council votes on budget</title>",
                "<article><h1>Council votes on budget</h1><p class='byline'>By Team Harbour Data</p>"
                        + Pages.paras(1, 3) + "<p>Written by <a href='/u/jroe'>John Roe</a></p></article>"));
        assertThat(shownTeam.authors()).as("a team in the byline").containsExactly("John Roe");
        Article unsigned = boxed(team, "<p>Thanks for reading.</p>");
        assertThat(unsigned.authors()).isEmpty();
        assertThat(unsigned.credits()).as("no box: the declared team stays").containsExactly("Team Harbour Data");
        Article person = boxed(ld("{\"@type\":\"Person\",\"name\":\"Jane Doe\"}"),
                "<span class='author'>Jane Doe</span><p>Written by <a href='/u/jroe'>John Roe</a></p>");
        assertThat(person.authors()).as("a declared person shown is not replaced").containsExactly("Jane Doe");
    }

    @Test
    void aTeamCreditedBesideTheDeclaredPersonsInTheBylineStaysACredit() {
        String byline = "<div class='by'><span>By </span><div><button>Jane Doe</button><span>, </span></div><div>"
                + "<button>John Roe</button><span>, and </span></div><div><button>Harbour Rankings Team</button></div>"
                + "</div>";
        Article a = page(ld("[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Person\",\"name\":"
                + "\"John Roe\"}]"), byline);
        assertThat(a.authors()).containsExactly("Jane Doe", "John Roe");
        assertThat(a.credits()).containsExactly("Harbour Rankings Team");
        Article declared = page(ld("[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Person\","
                + "\"name\":\"Harbour Rankings Team\"}]"), "");
        assertThat(declared.authors()).containsExactly("Jane Doe");
        assertThat(declared.credits()).as("declared beside a person").containsExactly("Harbour Rankings Team");
    }

    @Test
    void aRankOrTradeBesideANameIsNoName() {
        String role = "Nicole Forbes, Master Horticulturalist &amp; Garden Educator";
        Article a = page("<meta name='author' content='" + role + "'>", "<p class='post-meta'> by <span class='author"
                + " vcard'><a href='/author/nicoleforbes/' title='Posts by " + role + "' rel='author'>" + role
                + "</a></span></p>");
        assertThat(a.authors()).containsExactly("Nicole Forbes");
        Article rank = page("", "<div class='message-user'><a class='username' rel='author'>jdoe</a>"
                + "<span class='userTitle' itemprop='jobTitle'>Gold Member</span></div>");
        assertThat(rank.authors()).doesNotContain("Gold Member");
    }
    @Test
    void declaredGivenNamesAloneAreABylineOfSingleNames() {
        assertThat(page("<meta name='author' content='Maria &amp; Katerina'>", "").authors())
                .containsExactly("Maria", "Katerina");
        // one given name beside a full name is no byline of single names: the full name alone counts
        assertThat(page("<meta name='author' content='Maria, Jane Doe'>", "").authors()).containsExactly("Jane Doe");
        // words that are no names stay out
        assertThat(page("<meta name='author' content='News &amp; Politics'>", "").authors()).isEmpty();
    }
    @Test
    void anAuthorBoxLabelAloneIsFollowedByTheBiographyThatOpensWithTheName() {
        String bio = "<p>About the Author:</p><p>Jane Doe is a reporter who has covered the harbour, the council and"
                + " the city's budget for more than ten years, first for the evening paper and now for this site.</p>";
        Article a = Pages.extract(Pages.page("<title>Council votes on budget</title>", "<article><h1>Council votes"
                + " on budget</h1>" + Pages.paras(1, 3) + bio + "</article>"));
        assertThat(a.authors()).containsExactly("Jane Doe");
        // a biography that opens with prose names nobody
        Article none = Pages.extract(Pages.page("<title>Council votes on budget</title>", "<article><h1>Council "
                + "votes on budget</h1>" + Pages.paras(1, 3) + bio.replace("Jane Doe is", "Our reporter is")
                + "</article>"));
        assertThat(none.authors()).isEmpty();
    }
    @Test
    void scholarlyCitationAuthorsAreReadFamilyNameLast() {
        Article a = page("<meta name='citation_author' content='Roy, Aniruddha'>"
                + "<meta name='citation_author' content='Patel, Jyoti'>", "");
        assertThat(a.authors()).containsExactly("Aniruddha Roy", "Jyoti Patel");
    }

    @Test
    void twoFormsOfOneNameAreOneAuthor() {
        Article a = page("<meta name='author' content='Jeff T. Kaufman'><meta name='dc.creator' content='Jeff Kaufman'>"
                + "<meta name='sailthru.author' content='Jeff Roe'>", "");
        assertThat(a.authors()).containsExactly("Jeff T. Kaufman", "Jeff Roe");
    }
}
