package org.verbatim.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.model.Annotation;

/**
 * A party label set off after a name ("Carl Dunmore, Republican of Iowa,") is no speaker: the name before it speaks;
 * a plural title before names ("Senators Carl Dunmore and Pat Lehane") is no part of the first name.
 * Learned English models; sentences written for this test.
 */
class PartyLabelTest {
    private static final Annotator LEARNED = new Annotator();

    @Test
    void theSenatorSpeaksNotHisPartyLabel() {
        Annotation a = LEARNED.annotate("Critics of the program, like Carl Dunmore, Republican of Iowa, and "
                + "Pat Lehane, Democrat of Vermont, see its renewal as a chance to fix how the money is used.", null,
                null, "en");
        assertThat(a.quotes()).isNotEmpty().allSatisfy(q -> {
            assertThat(q.speaker()).isNotNull();
            assertThat(q.speaker().name()).doesNotContain("of Iowa").isEqualTo("Carl Dunmore");
        });
    }

    @Test
    void aPluralTitleIsNoPartOfTheName() {
        Annotation a = LEARNED.annotate("Senators Carl Dunmore and Pat Lehane wrote to the agency on Monday.\n\n"
                + "Dunmore said the program needed more oversight.", null, null, "en");
        assertThat(a.quotes()).extracting(q -> q.speaker() == null ? null : q.speaker().name()).contains("Carl Dunmore")
                .noneMatch(n -> n != null && n.startsWith("Senators"));
    }
}

