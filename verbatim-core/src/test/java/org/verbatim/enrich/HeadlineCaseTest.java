package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Annotation;
import org.verbatim.model.Quote;

/** Title-case headlines: capitalised verbs read as the lower-case words they are; names stay names. */
class HeadlineCaseTest {
    private static final RuleTokenizer TOKENS = new RuleTokenizer();
    private static final Segmenter SEGMENTER = new Segmenter(new RuleSentenceSplitter(TOKENS), TOKENS);
    private static final CueLexicon CURATED = CueLexicon.english(Map.of());
    private static final String TEXT = "Chris Calder Praises Marrowby Council Over Bridge Plan.\n\n"
            + "Chris Calder praised the plan on Monday. Marrowby Council said the bridge would open in May.";

    private static Doc doc(String text, String lang) {
        return HeadlineCase.apply(SEGMENTER.segment(text, lang), CURATED);
    }

    private static int token(Doc d, String word) {
        for (int i = 0; i < d.tokens(); i++) {
            if (d.token(i).equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no token " + word);
    }

    @Test
    void aVerbWrittenInLowerCaseElsewhereReadsLowerCaseAndEndsTheName() {
        Doc d = doc(TEXT, "en");
        assertThat(d.isCapitalised(token(d, "Praises"))).isFalse(); // "praised" in the text: same stem
        assertThat(d.readsLowerCase(token(d, "Praises"))).isTrue();
        assertThat(d.writtenCapitalised(token(d, "Praises"))).isTrue();
        assertThat(d.isCapitalised(token(d, "Marrowby"))).isTrue(); // capitalised in prose: a name
        assertThat(d.isCapitalised(token(d, "Council"))).isTrue();
        Mentions m = new EntityFinder().find(d);
        MentionRef name = m.startingAt[0];
        assertThat(name).isNotNull();
        assertThat(name.last()).isEqualTo(2); // "Chris Calder", not "Chris Calder Praises Marrowby Council"
        assertThat(m.inName[token(d, "Praises")]).isFalse();
    }

    @Test
    void anUnknownWordKeepsItsCapital() {
        Doc d = doc("Chris Calder Visits Quarnby Over Bridge Plan.\n\nChris Calder went to Quarnby on Monday.",
                "en");
        assertThat(d.isCapitalised(token(d, "Visits"))).isTrue(); // never written in lower case, not a cue word
        assertThat(d.isCapitalised(token(d, "Over"))).isFalse(); // a function word
    }

    @Test
    void sentenceCaseAndGermanAreLeftAsWritten() {
        Doc plain = doc("Chris Calder praises Marrowby Council over bridge plan.\n\nChris Calder praised it.", "en");
        assertThat(plain.isCapitalised(token(plain, "Marrowby"))).isTrue();
        assertThat(plain.isCapitalised(token(plain, "Chris"))).isTrue();
        Doc german = doc(TEXT, "de"); // no headline-inflections list: German capitalises its nouns
        assertThat(german.isCapitalised(token(german, "Praises"))).isTrue();
        assertThat(german.isCapitalised(token(german, "Over"))).isTrue();
    }

    @Test
    void aTitleCaseLineNeedsFourWordsMostlyCapitalised() {
        Doc d = SEGMENTER.segment("Calder Praises Plan.\n\nChris Calder Praises Marrowby Plan.\n\n"
                + "Chris Calder praised the council's plan for the bridge.", "en");
        assertThat(HeadlineCase.isTitleCase(d, 0)).isFalse();
        assertThat(HeadlineCase.isTitleCase(d, 1)).isTrue();
        assertThat(HeadlineCase.isTitleCase(d, 2)).isFalse();
        Doc names = SEGMENTER.segment("Russian Foreign Minister Boris Kamenev met reporters.", "en");
        assertThat(HeadlineCase.mostlyCapitalised(names, 0)).isTrue();
        assertThat(HeadlineCase.isTitleCase(names, 0)).isFalse(); // two lower-case words that are not minor
    }

    @Test
    void theNameBeforeAHeadlineColonSpeaksWhateverCueFollows() {
        Annotation a = Annotator.rulesOnly().annotate("Pat Calder: Local Voters Say Bridge Costs Too Much; "
                + "It’s ‘in Their Heads.’\n\nPat Calder, a pollster, said voters were worried about the costs.",
                null, null, "en");
        Quote headline = a.quotes().get(0);
        assertThat(headline.text()).startsWith("Local Voters Say Bridge Costs Too Much");
        assertThat(headline.speaker()).isNotNull();
        assertThat(headline.speaker().name()).isEqualTo("Pat Calder");
    }

    @Test
    void aSourceNounBeforeALineOpeningColonSpeaksButALabelDoesNot() {
        Annotator rules = Annotator.rulesOnly();
        Annotation poll = rules.annotate("Poll: Marrowby voters back the bridge plan.\n\nThe council met on Monday.",
                null, null, "en");
        assertThat(poll.quotes()).hasSize(1);
        assertThat(poll.quotes().get(0).text()).isEqualTo("Marrowby voters back the bridge plan");
        assertThat(poll.quotes().get(0).speakerMention().text()).isEqualTo("Poll");
        Annotation label = rules.annotate("Update: Marrowby voters back the bridge plan.\n\nThe council met on Monday.",
                null, null, "en");
        assertThat(label.quotes()).isEmpty();
    }

    @Test
    void aOneWordReactionAfterWithOrByIsNoStatement() {
        Doc d = SEGMENTER.segment("Traders reacted with alarm. The council agreed with that.", "en");
        int alarm = token(d, "alarm");
        int that = token(d, "that");
        Found reaction = new Found(new org.verbatim.model.Span(d.start[alarm], d.end[alarm]),
                org.verbatim.model.QuoteKind.INDIRECT, alarm - 2, alarm - 1, 0, 1, null,
                org.verbatim.model.EntityType.UNKNOWN, 0);
        Found statement = new Found(new org.verbatim.model.Span(d.start[that], d.end[that]),
                org.verbatim.model.QuoteKind.INDIRECT, that - 2, that - 1, 5, 7, null,
                org.verbatim.model.EntityType.ORGANISATION, 1);
        assertThat(QuoteFinder.mannerOnly(d, reaction)).isTrue();
        assertThat(QuoteFinder.mannerOnly(d, statement)).isFalse(); // "that" stands for a statement
        assertThat(QuoteFinder.mannerOnly(SEGMENTER.segment("Traders reacted with alarm.", "de"), reaction))
                .isFalse(); // no manner-prepositions list
    }
}
