package org.verbatim.extract.html.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.verbatim.extract.html.Pages;
import org.verbatim.model.Article;

class ShownHeadlineTest {
    private static final Publication SITE = new Publication("Harbour Herald", null, "https://harbourherald.example/a");

    private static String raw(String h1Html) {
        Element h1 = Jsoup.parseBodyFragment(h1Html).selectFirst("h1");
        return ShownHeadline.raw(h1);
    }

    private static String choose(List<String> witnesses, String... h1s) {
        return ShownHeadline.choose(Arrays.stream(h1s).map(ShownHeadlineTest::raw).toList(), witnesses, SITE);
    }

    @Test
    void theArticleHeadingIsTheOneThatAgreesWithTheDeclaredTitles() {
        List<String> witnesses = List.of("Why the old crane had to come down");
        assertThat(choose(witnesses, "<h1>Harbour Herald</h1>", "<h1>Our Blog Archive</h1>",
                "<h1>Why the old crane finally came down</h1>", "<h1>Newsletter: never miss a story</h1>"))
                .isEqualTo("Why the old crane finally came down");
        // teaser headings further down agree less than the article's own
        assertThat(choose(List.of("Where to find the best harbour walks"), "<h1>The best harbour walks for a Sunday</h1>",
                "<h1>Where to find the best food in the old town</h1>")).isEqualTo("The best harbour walks for a Sunday");
    }

    @Test
    void noHeadingIsTheHeadlineWhenNoneAgreesOrOnlyTheSiteIsShown() {
        List<String> witnesses = List.of("Why the old crane had to come down");
        assertThat(choose(witnesses, "<h1>Harbour Herald</h1>")).isNull();
        assertThat(choose(witnesses, "<h1>harbourherald.example</h1>")).isNull();
        assertThat(choose(witnesses, "<h1>Contact us today</h1>", "<h1>Follow us online</h1>")).isNull();
        assertThat(choose(witnesses, "<h1>Short</h1>")).as("too short for a headline").isNull();
    }

    @Test
    void withoutWitnessesTheFirstPlausibleHeadingIsTheHeadline() {
        assertThat(choose(List.of(), "<h1>Harbour Herald</h1>", "<h1>Old crane comes down at last</h1>"))
                .isEqualTo("Old crane comes down at last");
        assertThat(choose(Arrays.asList(null, " "), "<h1>Old crane comes down at last</h1>"))
                .isEqualTo("Old crane comes down at last");
    }

    @Test
    void aWitnessGivesTheSeparatorsAndSpacesThatStylingShows() {
        // two spans glued without a space; og:title writes the colon a reader sees
        assertThat(choose(List.of("Harbour works: Old crane comes down at last"),
                "<h1><span>Harbour works</span><span>Old crane comes down at last</span></h1>"))
                .isEqualTo("Harbour works: Old crane comes down at last");
        // an ideographic space in the declared title, a plain one in the heading
        assertThat(choose(List.of("\u6e2f\u306e\u30af\u30ec\u30fc\u30f3\u64a4\u53bb\u3000\u4f4f\u6c11\u304c\u898b\u5b88\u308b"),
                "<h1>\u6e2f\u306e\u30af\u30ec\u30fc\u30f3\u64a4\u53bb \u4f4f\u6c11\u304c\u898b\u5b88\u308b</h1>"))
                .isEqualTo("\u6e2f\u306e\u30af\u30ec\u30fc\u30f3\u64a4\u53bb\u3000\u4f4f\u6c11\u304c\u898b\u5b88\u308b");
        // inside one text node a separator is the heading's own: a witness with another one is a different form
        assertThat(choose(List.of("Harbour works - Old crane comes down at last"),
                "<h1>Harbour works: Old crane comes down at last</h1>"))
                .isEqualTo("Harbour works: Old crane comes down at last");
        // straight quotes typed in the declared title, curly ones shown
        assertThat(choose(List.of("Mayor: \"We will rebuild\" the pier's crane"),
                "<h1>Mayor: \u201cWe will rebuild\u201d the pier\u2019s crane</h1>"))
                .isEqualTo("Mayor: \"We will rebuild\" the pier's crane");
        // inline formatting joins, it does not separate
        assertThat(choose(List.of(), "<h1>Old <em>crane</em>s come down at last</h1>"))
                .isEqualTo("Old cranes come down at last");
    }

    @Test
    void furnitureSetInTheHeadingGoesWhenAWitnessIsOneRunOfItsParts() {
        assertThat(choose(List.of("Preparing a transition in the harbour"),
                "<h1><time>Dec 18 2025</time> <a href=/a>Preparing a transition in the harbour</a></h1>"))
                .isEqualTo("Preparing a transition in the harbour");
        assertThat(choose(List.of("Old crane comes down at last"),
                "<h1><span>Port news</span> <span aria-hidden=true> - </span> "
                        + "<span>Old crane comes down at last</span> <span>87</span></h1>"))
                .isEqualTo("Old crane comes down at last");
    }

    @Test
    void aKickerTheDeclaredTitlesSetBeforeTheHeadingWithAColonStays() {
        assertThat(choose(List.of("Harbour works: Old crane comes down at last"),
                "<h1>Old crane comes down at last</h1>")).isEqualTo("Harbour works: Old crane comes down at last");
        // a site name before a bar is no kicker
        assertThat(choose(List.of("Port Weekly | Old crane comes down at last"),
                "<h1>Old crane comes down at last</h1>")).isEqualTo("Old crane comes down at last");
    }

    @Test
    void theSiteNameGoesFromTheShownHeadlineOnlyWhenAPartIsTheSite() {
        assertThat(ShownHeadline.withoutSite("Old crane comes down at last | Harbour Herald", SITE))
                .isEqualTo("Old crane comes down at last");
        assertThat(ShownHeadline.withoutSite("harbourherald.example - Old crane comes down at last", SITE))
                .isEqualTo("Old crane comes down at last");
        // a headline naming its publisher keeps it; a colon ends a kicker, not a site name
        assertThat(ShownHeadline.withoutSite("Harbour Herald wins the press award", SITE))
                .isEqualTo("Harbour Herald wins the press award");
        assertThat(ShownHeadline.withoutSite("Harbour Herald: a century of news", SITE))
                .isEqualTo("Harbour Herald: a century of news");
        assertThat(SiteNames.stripSite("Harbour Herald introduces a new app: what readers get", "Harbour Herald"))
                .isEqualTo("Harbour Herald introduces a new app: what readers get");
    }

    @Test
    void agreementIsTheSharedShareOfTheShorterTitle() {
        assertThat(ShownHeadline.agreement(ShownHeadline.words("Biggest tech events 2026"),
                ShownHeadline.words("Top Tech Conferences 2026 - The Global Events Driving Innovation")))
                .isEqualTo(0.75);
        // function words do not count, and one shared word is no agreement between longer titles
        assertThat(ShownHeadline.agreement(ShownHeadline.words("But what they love is the sense of freedom"),
                ShownHeadline.words("What do people love about Rust?"))).isZero();
        assertThat(ShownHeadline.agreement(ShownHeadline.words("Our Blog"),
                ShownHeadline.words("Actuary's Industry Choice"))).isZero();
        assertThat(ShownHeadline.agreement(ShownHeadline.words(""), ShownHeadline.words("Anything"))).isZero();
    }

    @Test
    void onAPageTheShownHeadlineBeatsTheSeoTitle() {
        Article a = Pages.extract(Pages.page("<title>Using Machine Learning To Personalize Shopping | Shopblog</title>"
                + "<meta property='og:title' content='Using Machine Learning To Personalize Shopping'>"
                + "<meta property='og:site_name' content='Shopblog'>",
                "<header><h1 class=logo>Shopblog</h1></header><article><h1>How Machine Learning Personalizes "
                        + "Ecommerce Shopping</h1>" + Pages.paras(1, 3) + "</article>"));
        assertThat(a.title()).isEqualTo("How Machine Learning Personalizes Ecommerce Shopping");
    }

    @Test
    void aHeadingPartThatPruningRemovesIsStillRead() {
        // the headline span carries a class the body pass prunes as boilerplate; read before pruning, it counts
        Article a = Pages.extract(Pages.page("<meta property='og:title' content='Inquiry ends: two resignations and "
                + "open questions'>", "<article><h1><span class=topline>Inquiry ends</span> <span class='share-"
                + "widget'>two resignations and open questions</span></h1>" + Pages.paras(1, 3) + "</article>"));
        assertThat(a.title()).isEqualTo("Inquiry ends: two resignations and open questions");
    }

    @Test
    void theSitesDomainBeforeATitleIsNoPartOfIt() {
        assertThat(ShownHeadline.withoutHostPrefix("harbourherald.example Council votes on budget", SITE))
                .isEqualTo("Council votes on budget");
        assertThat(ShownHeadline.withoutHostPrefix("www.harbourherald.example Council votes", SITE))
                .isEqualTo("Council votes");
        assertThat(ShownHeadline.withoutHostPrefix("other.example Council votes on budget", SITE))
                .as("another site's domain").isEqualTo("other.example Council votes on budget");
        assertThat(ShownHeadline.withoutHostPrefix("harbourherald.example Vote", SITE)).as("nothing would remain")
                .isEqualTo("harbourherald.example Vote");
        assertThat(ShownHeadline.withoutHostPrefix("Harbour Herald reports on the vote", SITE))
                .isEqualTo("Harbour Herald reports on the vote");
    }
}
