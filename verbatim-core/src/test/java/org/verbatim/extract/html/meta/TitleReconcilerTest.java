package org.verbatim.extract.html.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.extract.html.Pages;
import org.verbatim.model.Article;

class TitleReconcilerTest {

    private static TitleReconciler.Candidates of(String ld, String og, String tw, String doc, String h1, String site) {
        return new TitleReconciler.Candidates(ld, og, tw, doc, h1, site);
    }

    @Test
    void theShownH1WinsOverTheDeclaredHeadlinesItAgreesWith() {
        // the page shows a kicker and a shorter headline; JSON-LD declares the SEO headline: readers see the <h1>
        String t = TitleReconciler.reconcile(of("Council approves smaller budget after night of talks", null, null,
                "Budget row: Council approves smaller budget | Example News", "Budget row: Council approves smaller "
                        + "budget", "Example News"));
        assertThat(t).isEqualTo("Budget row: Council approves smaller budget");
    }

    @Test
    void declaredTitlesDecideWhenNoH1IsTheHeadline() {
        // the <h1> is a section label sharing no word with what the page declares: og:title wins over <title>
        String t = TitleReconciler.reconcile(of(null, "Council approves smaller budget", null,
                "Council approves smaller budget after a long night | Example News", "Local Government Centre",
                "Example News"));
        assertThat(t).isEqualTo("Council approves smaller budget");
    }

    @Test
    void siteSuffixAndPrefixAreRemovedFromMetadataTitles() {
        assertThat(TitleReconciler.reconcile(of("Council approves budget - Example News", null, null, null, null,
                "Example News"))).isEqualTo("Council approves budget");
        assertThat(TitleReconciler.reconcile(of(null, "Example News | Council approves budget", null, null, null,
                "Example News"))).isEqualTo("Council approves budget");
    }

    @Test
    void undeclaredTrailerGoesWhenAnotherCandidateIsThePartBeforeIt() {
        String t = TitleReconciler.reconcile(of(null, "Council approves budget – The Valley Courier", null,
                "Council approves budget – The Valley Courier", "Council approves budget", null));
        assertThat(t).isEqualTo("Council approves budget");
    }

    @Test
    void colonKickerIsNotTreatedAsATrailer() {
        String t = TitleReconciler.reconcile(of(null, "Faster integration: job scheme helps refugees", null, null,
                null, null));
        assertThat(t).isEqualTo("Faster integration: job scheme helps refugees");
    }

    @Test
    void labelsAndSiteNamesAreSkipped() {
        String t = TitleReconciler.reconcile(of("News", "Example News", null, "Example News",
                "Council approves budget", "Example News"));
        assertThat(t).isEqualTo("Council approves budget");
    }

    @Test
    void entitiesLeftInJsonLdAreDecoded() {
        assertThat(TitleReconciler.reconcile(of("Mayor: &quot;We will rebuild&quot;", null, null, null, null, null)))
                .isEqualTo("Mayor: \"We will rebuild\"");
    }

    @Test
    void pageWithoutMetadataFallsBackToTheH1() {
        Article a = Pages.extract(Pages.page("<title>Example News - Local News</title>",
                "<article><h1>Council votes on budget</h1>" + Pages.paras(1, 3) + "</article>"));
        assertThat(a.title()).isEqualTo("Council votes on budget");
    }

    @Test
    void titleShownUnderASectionLabelH1BeatsTheLabel() {
        Article a = Pages.extract(Pages.page("<title>Council votes on budget</title>",
                "<h1>Local Government Centre</h1><article><h2>Council votes on budget</h2>" + Pages.paras(1, 3)
                        + "</article>"));
        assertThat(a.title()).isEqualTo("Council votes on budget");
    }

    @Test
    void aOneWordH1DoesNotVetoTheDocumentTitle() {
        assertThat(TitleReconciler.reconcile(of(null, null, null, "Council approves the budget", "Lorem", null)))
                .isEqualTo("Council approves the budget");
        // a real headline sharing nothing with a generic <title> still vetoes it
        assertThat(TitleReconciler.reconcile(of(null, null, null, "Example Herald - Local News",
                "Council approves the budget", null))).isEqualTo("Council approves the budget");
    }

    @Test
    void separatorFormMostSourcesAgreeOnWins() {
        // JSON-LD joins kicker and headline with a dash; og:title and <title> (trailer removed) use a colon
        String t = TitleReconciler.reconcile(of("Harbour works - Old crane comes down at last",
                "Harbour works: Old crane comes down at last", null,
                "Harbour works: Old crane comes down at last - Local", "Old crane comes down at last", null));
        assertThat(t).isEqualTo("Harbour works: Old crane comes down at last");
    }

    @Test
    void separatorTieKeepsTheOrderOfTrust() {
        String t = TitleReconciler.reconcile(of("Harbour works - Old crane comes down at last",
                "Harbour works: Old crane comes down at last", null, null, null, null));
        assertThat(t).isEqualTo("Harbour works - Old crane comes down at last");
    }

    @Test
    void onlySeparatorsMayDifferBetweenVotingForms() {
        // quotes dropped in JSON-LD are an edit, not a separator form: the majority does not override it
        String t = TitleReconciler.reconcile(of("Mayor: We will rebuild the pier",
                "Mayor: \"We will rebuild the pier\"", "Mayor: \"We will rebuild the pier\"",
                "Mayor: \"We will rebuild the pier\"", null, null));
        assertThat(t).isEqualTo("Mayor: We will rebuild the pier");
        // a hyphen inside a word is not a separator
        assertThat(TitleReconciler.reconcile(of("Covid-19 cases fall again", "Covid 19 cases fall again",
                "Covid 19 cases fall again", null, null, null))).isEqualTo("Covid-19 cases fall again");
    }

    @Test
    void hangulBarSeparatesTheSiteName() {
        assertThat(SiteNames.stripSite("\uc2dc\uc758\ud68c \uc608\uc0b0\uc548 \ud1b5\uacfc\u3163\uc608\uc2dc\uc77c\ubcf4",
                "\uc608\uc2dc\uc77c\ubcf4")).isEqualTo("\uc2dc\uc758\ud68c \uc608\uc0b0\uc548 \ud1b5\uacfc");
        // not a separator before something other than the site name
        assertThat(SiteNames.stripSite("\uac00\ub098\ub2e4 \ub77c\ub9c8\u3163\ubc14\uc0ac", "\uc608\uc2dc"))
                .isEqualTo("\uac00\ub098\ub2e4 \ub77c\ub9c8\u3163\ubc14\uc0ac");
    }

    @Test
    void metaHeadlineWitnessesAnAttachedSectionTrailer() {
        String headline = "\uc2dc\uc758\ud68c, \uc0c8 \uc608\uc0b0\uc548 \ud1b5\uacfc";
        String full = headline + "-\uc815\uce58\u3163\uc608\uc2dc\uc77c\ubcf4";
        Article a = Pages.extract(Pages.page("<title>" + full + "</title><meta property='og:title' content='" + full
                + "'><meta property='og:site_name' content='\uc608\uc2dc\uc77c\ubcf4'><meta name='headline' content='"
                + headline + "'>", "<article>" + Pages.paras(1, 3) + "</article>"));
        assertThat(a.title()).isEqualTo(headline);
    }

    @Test
    void metaHeadlineDoesNotOutrankTheOtherSources() {
        String t = TitleReconciler.reconcile(new TitleReconciler.Candidates(null, "Mayor: \"We will rebuild\"", null,
                null, null, "Mayor: We will rebuild", null, null));
        assertThat(t).isEqualTo("Mayor: \"We will rebuild\"");
        assertThat(TitleReconciler.reconcile(new TitleReconciler.Candidates(null, null, null, null, null,
                "Mayor: We will rebuild", null, null))).isEqualTo("Mayor: We will rebuild");
    }

    @Test
    void attachedTrailerIsOneWordAfterOneDash() {
        List<String> witness = List.of("Council approves budget");
        assertThat(TitleReconciler.withoutTrailer("Council approves budget-Politics", witness))
                .isEqualTo("Council approves budget");
        // a chain of parts, or more words, is not a section trailer
        assertThat(TitleReconciler.withoutTrailer("Council approves budget--Politics--Daily", witness))
                .isEqualTo("Council approves budget--Politics--Daily");
        assertThat(TitleReconciler.withoutTrailer("Council approves budget-plan after talks", witness))
                .isEqualTo("Council approves budget-plan after talks");
    }

    @Test
    void kickerInOnlyOneDeclaredTitleGoesUnlessTheH1ShowsIt() {
        // JSON-LD carries "Kicker: Headline", og:title the headline alone, no <h1>: the kicker is a label
        assertThat(TitleReconciler.reconcile(of("Harbour works: Old crane comes down at last",
                "Old crane comes down at last", null, null, null, null))).isEqualTo("Old crane comes down at last");
        // the visible <h1> shows kicker and headline together: the kicker belongs to the title
        assertThat(TitleReconciler.reconcile(of("Harbour works: Old crane comes down at last",
                "Old crane comes down at last", null, null, "Harbour works: Old crane comes down at last", null)))
                .isEqualTo("Harbour works: Old crane comes down at last");
        // the other way round: og:title has the kicker, the <h1> shows it
        assertThat(TitleReconciler.reconcile(of("Old crane comes down at last",
                "Harbour works: Old crane comes down at last", null, null,
                "Harbour works: Old crane comes down at last", null)))
                .isEqualTo("Harbour works: Old crane comes down at last");
    }

    @Test
    void kickerAgreedOnByTheDeclaredTitlesStays() {
        // an <h1> without the kicker does not remove a kicker JSON-LD and og:title agree on
        assertThat(TitleReconciler.reconcile(of("Harbour works: Old crane comes down at last",
                "Harbour works: Old crane comes down at last", null, null, "Old crane comes down at last", null)))
                .isEqualTo("Harbour works: Old crane comes down at last");
    }

    @Test
    void aColonOrASpacedDashBarOrSlashEndsAKicker() {
        assertThat(TitleReconciler.hasKickerBefore("Harbour works: Old crane falls", "Old crane falls")).isTrue();
        assertThat(TitleReconciler.hasKickerBefore("Guerre\u00a0: la grue tombe", "la grue tombe")).isTrue();
        assertThat(TitleReconciler.hasKickerBefore("Harbour works / Old crane falls", "Old crane falls")).isTrue();
        assertThat(TitleReconciler.hasKickerBefore("Harbour works - Old crane falls", "Old crane falls")).isTrue();
        assertThat(TitleReconciler.hasKickerBefore("Harbour-Old crane falls", "Old crane falls")).isFalse();
        assertThat(TitleReconciler.hasKickerBefore("The old crane falls", "old crane falls")).isFalse();
        assertThat(TitleReconciler.hasKickerBefore(": Old crane falls", "Old crane falls")).isFalse();
        assertThat(TitleReconciler.hasKickerBefore("Old crane falls", "Old crane falls")).isFalse();
    }

    @Test
    void kickerShownInAnH1OfTwoGluedElementsStillCounts() {
        // the <h1> holds kicker and headline in two spans; og:title gives the separator that styling shows
        Article a = Pages.extract(Pages.page("<meta property='og:title' content='Harbour works / Old crane comes down"
                + " at last'>", "<article><h1><span class=kicker>Harbour works</span><span>Old crane comes down at "
                + "last</span></h1>" + Pages.paras(1, 3) + "</article>"));
        assertThat(a.title()).isEqualTo("Harbour works / Old crane comes down at last");
    }

    @Test
    void titleThatIsTheSiteNameIsNotCutIntoAHeadline() {
        assertThat(SiteNames.stripSite("Daily Courier - Latest News", "Daily Courier - Latest News"))
                .isEqualTo("Daily Courier - Latest News");
        // so the generic title is skipped as the site name and the real one wins
        assertThat(TitleReconciler.reconcile(of(null, "Daily Courier - Latest News", "Daily Courier - Latest News",
                "Bridge reopens after repairs", "Bridge reopens after repairs", "Daily Courier - Latest News")))
                .isEqualTo("Bridge reopens after repairs");
    }
    @Test
    void aCandidateCutShortByALengthLimitGivesWayToTheWhole() {
        String whole = "Four readers find solutions (including one trick that works)";
        // JSON-LD cut at a length limit, inside a bracket or before an ellipsis; og:title whole
        assertThat(TitleReconciler.reconcile(new TitleReconciler.Candidates("Four readers find solutions (including",
                whole + " - Example Home", null, null, null, "Example Home"))).isEqualTo(whole);
        assertThat(TitleReconciler.reconcile(new TitleReconciler.Candidates("Four readers find solutions\u2026",
                whole, null, null, null, null))).isEqualTo(whole);
        // a bracket closed, or no longer candidate: the candidate stands
        assertThat(TitleReconciler.uncut("Four readers (and one trick)", java.util.List.of(whole))).isEqualTo(
                "Four readers (and one trick)");
        assertThat(TitleReconciler.uncut("Four readers (including", java.util.List.of("Other title (including"
                + " more)"))).isEqualTo("Four readers (including");
    }
}
