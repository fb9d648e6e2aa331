package org.verbatim.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoldenBoilerplateTest {

    @ParameterizedTest(name = "{1} in \"{0}\": {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Anzeige Wahltermin und Fristen                 | Anzeige           | true
            sagte er dem Anzeiger.                         | Anzeige           | false
            Die Anzeigen wirken                            | Anzeige           | false
            eine Anzeige.                                  | Anzeige           | true
            text - Advertisement - more                    | - Advertisement - | true
            RELATED:Eastbank traders                       | RELATED:          | true
            Unrelated: a story                             | RELATED:          | false
            Site last updated August 5                     | Site last updated | true
            """)
    void boilerplateCountsAsKeptOnlyAsWholeWords(String text, String phrase, boolean kept) {
        assertThat(Evaluation.containsWords(text, phrase)).isEqualTo(kept);
    }
}
