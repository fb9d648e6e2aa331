package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Subjects that can be a source though no list names them as they stand (issue 16, S6): the plural of a listed
 * singular ("strategists", "spokesmen"), a noun with a person's ending ("environmentalists"), data and campaign
 * material ("The results show", "The ad mentions"); and headlines, which drop articles ("water firm says") and report
 * topics rather than claims ("Farmers warn of hay shortage").
 */
class SourceHeadTest {
    private static final RuleTokenizer TOKENS = new RuleTokenizer();
    private static final Segmenter SEGMENTER = new Segmenter(new RuleSentenceSplitter(TOKENS), TOKENS);

    /** Each attribution as "speaker | content" (speaker "-" when none). */
    private static List<String> found(String text) {
        Map<String, Double> weights = new java.util.HashMap<>();
        for (String w : List.of("follows", "think", "worry", "show", "mentions", "warn", "says", "ask", "asked",
                "confirmed", "ordered", "told")) {
            weights.put("w=" + w, 12.0);
        }
        weights.put("side=R", 1.0); // the content after the cue, as the trained model prefers here
        weights.put(LinearModel.BIAS, -6.0);
        weights.put(LinearModel.THRESHOLD, 0.5);
        LinearModel cue = new LinearModel(weights);
        Map<String, int[]> learned = new java.util.HashMap<>(); // learned cue words, not curated speech verbs
        for (String w : List.of("follows", "think", "worry", "show", "mentions", "confirmed", "warn", "ask", "asked",
                "ordered", "told")) {
            learned.put(w, new int[] {5, 10});
        }
        QuoteFinder f = new QuoteFinder(QuoteModels.of(Map.of("en",
                new QuoteModels.Language(learned, cue, null, null))));
        Doc d = SEGMENTER.segment(text, "en");
        return f.attributed(d, new EntityFinder().find(d), f.lang(d)).stream()
                .map(x -> (x.spkFirst() < 0 ? "-" : d.text.substring(d.start[x.spkFirst()], d.end[x.spkLast() - 1]))
                        + " | " + x.span().of(d.text))
                .toList();
    }

    @Test
    void thePluralOfAListedSingularIsAHead() {
        assertThat(EntityFinder.englishSingular("strategists")).isEqualTo("strategist");
        assertThat(EntityFinder.englishSingular("spokesmen")).isEqualTo("spokesman");
        assertThat(EntityFinder.englishSingular("secretaries")).isEqualTo("secretary");
        assertThat(EntityFinder.englishSingular("decisions")).isEqualTo("decisions");
        assertThat(EntityFinder.isAgentHead("delegates", false)).isTrue();
        assertThat(EntityFinder.isAgentHead("decisions", false)).isFalse();
        assertThat(found("Many strategists think the tax will not pass."))
                .containsExactly("Many strategists | the tax will not pass");
    }

    @Test
    void theSingularOfAListedPluralIsAHead() {
        assertThat(EntityFinder.isAgentHead("staffer", false)).isTrue(); // "staffers" is listed
        assertThat(EntityFinder.isAgentHead("decision", false)).isFalse();
    }

    @Test
    void aPhraseOfTimeAfterTheSubjectIsNoPartOfIt() {
        assertThat(found("A judge last month ordered that the video be released."))
                .containsExactly("A judge | that the video be released");
    }

    @Test
    void aPersonsEndingMakesAHead() {
        assertThat(EntityFinder.isAgentHead("environmentalists", false)).isTrue();
        assertThat(EntityFinder.isAgentHead("historian", false)).isTrue();
        assertThat(EntityFinder.isAgentHead("list", false)).isFalse();
        assertThat(found("Some environmentalists worry that the mines will reopen."))
                .containsExactly("Some environmentalists | that the mines will reopen");
    }

    @Test
    void dataAndCampaignMaterialAreSources() {
        assertThat(found("The results show that turnout fell sharply."))
                .containsExactly("The results | that turnout fell sharply");
        assertThat(found("The decision follows a review that found severe corrosion.")).isEmpty();
    }

    @Test
    void aHeadlineDropsItsArticlesAndReportsNoTopic() {
        assertThat(found("Farmers warn of hay shortage; water firm says ban could last until October"))
                .containsExactly("water firm | ban could last until October");
        // in prose, a topic after "warn of" is left to the model, and a singular without article is no subject
        assertThat(found("Farmers warn of a hay shortage.")).containsExactly("Farmers | a hay shortage");
    }

    @Test
    void theOneAskedIsNoContent() {
        assertThat(found("The council asked the Supreme Court for quick action."))
                .containsExactly("The council | for quick action");
        assertThat(found("The council asked the court to act quickly."))
                .containsExactly("The council | the court to act quickly");
        // in a headline, what is asked for is no claim either
        assertThat(found("Eastbank traders ask council for rate relief as Kestrel Bridge closure looms")).isEmpty();
    }

    @Test
    void theOneToldIsNoContent() {
        assertThat(found("Ann Briggs told reporters the town would cope.")).containsExactly(
                "Ann Briggs | the town would cope");
        assertThat(found("Ann Briggs told the BBC on Monday it had no plans to resign.")).containsExactly(
                "Ann Briggs | it had no plans to resign");
        assertThat(found("Ann Briggs told a news conference last week there was no plan.")).containsExactly(
                "Ann Briggs | there was no plan");
        assertThat(found("Ann Briggs told him the plan was sound.")).containsExactly(
                "Ann Briggs | the plan was sound");
        // no clause after the object, or an object that is no plain noun phrase: the content stays as it was
        assertThat(found("Ann Briggs told reporters waiting outside the court the town would cope.")).containsExactly(
                "Ann Briggs | reporters waiting outside the court the town would cope");
        assertThat(found("Ann Briggs told friends since the spring that she was worried.")).containsExactly(
                "Ann Briggs | that she was worried");
        assertThat(found("Ann Briggs told host Chris Cuomo she believed the plan would pass.")).containsExactly(
                "Ann Briggs | she believed the plan would pass");
        assertThat(found("Ann Briggs told reporters that the town would cope.")).containsExactly(
                "Ann Briggs | that the town would cope");
    }

    @Test
    void aPhraseOfTimeBeforeTheSubjectLeavesItTheSubject() {
        assertThat(found("On Tuesday the council confirmed that the bridge will not reopen before October."))
                .containsExactly("the council | that the bridge will not reopen before October");
        assertThat(found("Last week the council confirmed that the bridge will stay shut."))
                .containsExactly("the council | that the bridge will stay shut");
    }
}
