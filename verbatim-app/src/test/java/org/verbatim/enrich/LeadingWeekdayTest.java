package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.model.Annotation;
import org.verbatim.model.Quote;

/**
 * "confirmed on Monday it had laid off 200 workers": the weekday dates the statement and is not part of what was said,
 * with the learned English models. Sentences written for this test.
 */
class LeadingWeekdayTest {
    private static final Annotator LEARNED = new Annotator();

    @Test
    void aWeekdayBeforeTheClauseIsNoContent() {
        Annotation a = LEARNED.annotate("The company confirmed on Monday it had laid off 200 workers.\n\n"
                + "Mayor Dana Holt said Tuesday her office would review the contract.", null, null, "en");
        assertThat(a.quotes()).extracting(Quote::text).contains("it had laid off 200 workers",
                "her office would review the contract");
    }
}
