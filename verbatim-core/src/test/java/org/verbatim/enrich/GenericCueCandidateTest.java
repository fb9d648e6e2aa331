package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Generic cue candidates: a content word after a subject mention, past auxiliaries, on sentences written here. */
class GenericCueCandidateTest {
    private static final RuleTokenizer TOKENS = new RuleTokenizer();
    private static final Segmenter SEGMENTER = new Segmenter(new RuleSentenceSplitter(TOKENS), TOKENS);

    private static boolean generic(String text, String lang, String word) {
        Doc d = SEGMENTER.segment(text, lang);
        Mentions m = new EntityFinder().find(d);
        for (int i = 0; i < d.tokens(); i++) {
            if (d.token(i).equals(word)) {
                return QuoteFinder.isGeneric(d, m, i);
            }
        }
        throw new AssertionError("no token " + word);
    }

    @Test
    void englishReachesTheSubjectPastTwoAuxiliaries() {
        assertThat(generic("Anna Berrick has urged the council to act.", "en", "urged")).isTrue();
        assertThat(generic("Anna Berrick has been urging the council to act.", "en", "urging")).isTrue();
    }

    @Test
    void germanStopsAfterOne() {
        assertThat(generic("Anna Berrick has urged the council to act.", "de", "urged")).isTrue();
        assertThat(generic("Anna Berrick has been urging the council to act.", "de", "urging")).isFalse();
    }
}
