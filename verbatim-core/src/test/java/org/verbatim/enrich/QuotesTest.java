package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Span;

class QuotesTest {

    private static List<String> regions(String text) {
        return Quotes.regions(text).stream().map(s -> s.of(text)).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "He said \"we go\" now.|\"we go\"",
            "He said “we go” now.|“we go”",
            "Er sagte „wir gehen“ jetzt.|„wir gehen“",
            "Er sagte »wir gehen« jetzt.|»wir gehen«",
            "Il a dit « on y va » hier.|« on y va »",
            "Er sagte ‚wir gehen‘ jetzt.|‚wir gehen‘",
            "He said ‘we go’ now.|‘we go’",
            "彼は「行こう」と言った。|「行こう」"})
    void everyMarkStyle(String text, String expected) {
        assertThat(regions(text)).containsExactly(expected);
    }

    @Test
    void nestedQuotesStayInsideTheOuterOne() {
        String t = "She said: “He told me ‘never’ twice.” Then she left.";
        assertThat(regions(t)).containsExactly("“He told me ‘never’ twice.”");
    }

    @Test
    void apostrophesDoNotCloseSingleQuotes() {
        String t = "He said ‘Russia’s people don’t beg’ today.";
        assertThat(regions(t)).containsExactly("‘Russia’s people don’t beg’");
    }

    @Test
    void aQuoteContinuesIntoTheNextParagraphWhenItReopens() {
        String t = "He said: “First part.\n\n“Second part,” he added.\n\nNo quote here.";
        List<Span> r = Quotes.regions(t);
        assertThat(r).hasSize(1);
        assertThat(r.get(0).of(t)).startsWith("“First part.").endsWith("Second part,”");
    }

    @Test
    void anUnclosedQuoteEndsWithItsParagraph() {
        String t = "He said: “First part.\n\nNo quote here.";
        assertThat(regions(t)).containsExactly("“First part.");
    }
}
