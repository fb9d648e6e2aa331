package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.model.Span;

class SegmentationTest {
    private final RuleTokenizer tok = new RuleTokenizer();
    private final RuleSentenceSplitter split = new RuleSentenceSplitter(tok);

    private List<String> sentences(String t) {
        return split.split(t, new Span(0, t.length())).stream().map(s -> s.of(t)).toList();
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        assertThat(sentences("Mr. Obama met Sen. Sanders in the U.S. capital. They talked."))
                .containsExactly("Mr. Obama met Sen. Sanders in the U.S. capital.", "They talked.");
    }

    @Test
    void anOrdinalDayBeforeAMonthDoesNotEndASentence() {
        // "am 31. Oktober" was cut in two, and "ein politisches Amt" became the speaker of the second half
        assertThat(sentences("Er werde nach dem 31. Oktober nicht mehr kandidieren, sagte er. Er ging."))
                .containsExactly("Er werde nach dem 31. Oktober nicht mehr kandidieren, sagte er.", "Er ging.");
        assertThat(sentences("Bis zum 21. Juli. Dann wird gezählt.")).containsExactly("Bis zum 21. Juli.",
                "Dann wird gezählt.");
        assertThat(sentences("They counted 31. October was dry.")).containsExactly("They counted 31. October was dry.");
        assertThat(sentences("They counted 31. Then they left.")).containsExactly("They counted 31.",
                "Then they left.");
        assertThat(sentences("It opened in 2019. Mai Nguyen said so.")).containsExactly("It opened in 2019.",
                "Mai Nguyen said so.");
    }

    @Test
    void closingQuoteStaysWithItsSentenceButAnOpeningOneStartsTheNext() {
        assertThat(sentences("“We won,” he said. “Now we rest.”"))
                .containsExactly("“We won,” he said.", "“Now we rest.”");
        assertThat(sentences("\"We won,\" he said. \"Now we rest.\""))
                .containsExactly("\"We won,\" he said.", "\"Now we rest.\"");
    }

    @Test
    void wordsKeepInnerApostrophesHyphensAndNumbers() {
        String t = "Russia’s all-time low: 1,200.5 don't";
        assertThat(tok.tokenize(t, new Span(0, t.length())).stream().map(s -> s.of(t)))
                .containsExactly("Russia’s", "all-time", "low", ":", "1,200.5", "don't");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void sentencesCoverEveryNonSpaceCharacterExactlyOnce(long seed) {
        Random r = new Random(seed);
        String[] parts = {"Mr.", "Smith", "said", "“yes.”", "It", "is", "U.S.", "policy", ".", "!", "?", "a", "b,",
                "\"", "‘", "’", "…", "Dr.", "(", ")", "3.5"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            sb.append(parts[r.nextInt(parts.length)]).append(r.nextInt(5) == 0 ? "" : " ");
        }
        String t = sb.toString().strip();
        List<Span> ss = split.split(t, new Span(0, t.length()));
        int covered = 0;
        int prevEnd = 0;
        for (Span s : ss) {
            assertThat(s.start()).isGreaterThanOrEqualTo(prevEnd);
            prevEnd = s.end();
            covered += (int) s.of(t).chars().filter(c -> !Character.isWhitespace(c)).count();
        }
        assertThat(covered).isEqualTo((int) t.chars().filter(c -> !Character.isWhitespace(c)).count());
    }

    @Test
    void openNlpEnglishModelsLoadAndSegment() {
        OpenNlpEnglish o = new OpenNlpEnglish();
        String t = "The talks failed. Both sides left the room.";
        List<Span> ss = o.sentenceSplitter().split(t, new Span(0, t.length()));
        assertThat(ss).hasSize(2);
        assertThat(o.tokenizer().tokenize(t, ss.get(0)).stream().map(s -> s.of(t)))
                .containsExactly("The", "talks", "failed", ".");
    }
}
