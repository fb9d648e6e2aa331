package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.model.Annotation;
import org.verbatim.model.Entity;
import org.verbatim.model.Quote;

/** A date is never a name nor a speaker: "in May", "back in May", "Thursday's storms"; Theresa May stays a name. */
class DateWordTest {
    private static final Annotator RULES = Annotator.rulesOnly();

    private static Annotation annotate(String text) {
        return RULES.annotate(text, null, null, "en");
    }

    @Test
    void mayAfterAMonthOpenerIsTheMonth() {
        Annotation a = annotate("In May, Jane Calder said the bridge would open. The plan was drawn up back in May by "
                + "the council, and since May the work has gone on. Last May the Herald said it would cost more.");
        assertThat(a.entities()).extracting(Entity::name).doesNotContain("May", "In May", "Last May");
        assertThat(a.quotes()).extracting(Quote::speaker).doesNotContainNull()
                .noneMatch(s -> s.name() != null && s.name().contains("May"));
    }

    @Test
    void aPossessiveWeekdayIsADate() {
        Annotation a = annotate("Thursday\u2019s storms erupted in western Kansas. Friday's vote was close, "
                + "Jane Calder said.");
        assertThat(a.entities()).extracting(Entity::name).doesNotContain("Thursday", "Thursday\u2019s", "Friday",
                "Friday's");
    }

    @Test
    void theresaMayStaysAName() {
        Annotation a = annotate("Theresa May faced her party on Monday. In May's view, the vote would pass.");
        assertThat(a.entities()).extracting(Entity::name).contains("Theresa May");
        assertThat(a.entities()).filteredOn(e -> e.name().equals("Theresa May"))
                .allSatisfy(e -> assertThat(e.mentions()).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void aSurnameThatIsAWordSpeaksAfterTheFullNameOpenedASentence() {
        Annotation a = annotate("Theresa May faced her party on Monday.\n\nMay said the deal was the best available.");
        assertThat(a.quotes()).extracting(Quote::speaker).isNotEmpty().doesNotContainNull()
                .allSatisfy(s -> assertThat(s.name()).isEqualTo("Theresa May"));
    }
}
