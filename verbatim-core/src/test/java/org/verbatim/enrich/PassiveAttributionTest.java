package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Passive cues ("X has been endorsed by Y"): Y is the source and X what was reported, on sentences written here. */
class PassiveAttributionTest {
    private static final RuleTokenizer TOKENS = new RuleTokenizer();
    private static final Segmenter SEGMENTER = new Segmenter(new RuleSentenceSplitter(TOKENS), TOKENS);
    private static final QuoteFinder FINDER = new QuoteFinder(QuoteModels.none());

    private static int token(Doc d, String word) {
        for (int i = 0; i < d.tokens(); i++) {
            if (d.token(i).equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no token " + word);
    }

    private static QuoteFinder.Attribution attribution(Doc d, String cue) {
        int k = token(d, cue);
        int s = d.sentenceOf[k];
        return FINDER.attribution(d, new EntityFinder().find(d), CueLexicon.english(java.util.Map.of()), k,
                d.sentFirst[s], d.sentLast[s]);
    }

    private static String speaker(Doc d, QuoteFinder.Attribution a) {
        return d.text.substring(d.start[a.spkFirst()], d.end[a.spkLast() - 1]);
    }

    /** The content candidates of the cue word {@code cue}, as text. */
    private static java.util.List<String> contents(Doc d, String cue) {
        Mentions m = new EntityFinder().find(d);
        int k = token(d, cue);
        QuoteFinder.Lang lang = new QuoteFinder.Lang(CueLexicon.english(java.util.Map.of()),
                new LinearModel(java.util.Map.of()), null, null);
        return FINDER.candidates(d, m, lang, d.sentenceOf[k], new CueFeatures()).stream()
                .filter(c -> c.token() == k).map(c -> c.content().of(d.text)).toList();
    }

    @Test
    void theAgentIsTheSourceAndTheSubjectWhatWasReported() {
        Doc d = SEGMENTER.segment("The registration issue was first reported by The Washington Post on Friday.", "en");
        QuoteFinder.Attribution a = attribution(d, "reported");
        assertThat(a.place()).isEqualTo(QuoteFinder.Place.PASSIVE);
        assertThat(speaker(d, a)).isEqualTo("The Washington Post");
        assertThat(contents(d, "reported")).contains("The registration issue");
    }

    @Test
    void aBarePluralAgentCountsAndAParticipleWithoutAuxiliaryToo() {
        Doc d = SEGMENTER.segment("Donald Trump, meanwhile, is supported by far fewer publications.", "en");
        QuoteFinder.Attribution a = attribution(d, "supported");
        assertThat(a.place()).isEqualTo(QuoteFinder.Place.PASSIVE);
        assertThat(speaker(d, a)).isEqualTo("far fewer publications");
        Doc penalty = SEGMENTER.segment("It paid a record penalty imposed by the Consumer Financial Protection "
                + "Bureau.", "en");
        assertThat(attribution(penalty, "imposed").place()).isEqualTo(QuoteFinder.Place.PASSIVE);
    }

    @Test
    void byAMannerOrATimeIsNoAgent() {
        Doc phone = SEGMENTER.segment("The letter was delivered by hand to the senator's office.", "en");
        QuoteFinder.Attribution byHand = attribution(phone, "delivered");
        assertThat(byHand.place()).isEqualTo(QuoteFinder.Place.PASSIVE);
        assertThat(byHand.hasSpeaker()).isFalse();
        Doc time = SEGMENTER.segment("The report was finished by Monday, officials said.", "en");
        assertThat(attribution(time, "finished").hasSpeaker()).isFalse();
        Doc active = SEGMENTER.segment("The senator said by phone that the bill would pass.", "en");
        assertThat(attribution(active, "said").place()).as("not a participle of a passive")
                .isNotEqualTo(QuoteFinder.Place.PASSIVE);
        Doc german = SEGMENTER.segment("Der Bericht wurde von der Polizei bestätigt by Reuters.", "de");
        assertThat(QuoteFinder.isPassive(german, token(german, "bestätigt"), 0, german.tokens())).isFalse();
    }
}
