package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.model.Annotation;
import org.verbatim.model.Quote;

/** "NAME: CLAIM" lines are headlines that attribute; "NAME: 547" lines are a tally, and say nothing. */
class ColonTallyTest {
    private static final Annotator RULES = Annotator.rulesOnly();

    private static java.util.List<String> quotes(String text) {
        Annotation a = RULES.annotate(text, null, null, "en");
        return a.quotes().stream().map(Quote::text).toList();
    }

    @Test
    void aTallyIsNoStatement() {
        String text = "Delegate count so far.\n\nHillary Clinton: 1,769\n\nBernie Sanders: 1,501\n\n"
                + "Bernie Sanders: Clinton email story has moved on\n\nThe count goes on.";
        assertThat(quotes(text)).containsExactly("Clinton email story has moved on");
    }
}
