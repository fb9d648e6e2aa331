package org.verbatim.extract.html.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearPhrasesTest {
    /** A page whose first {@code <h1>} (order 30) is the article's and whose title names a teaser's (order 300). */
    private static PageIndex page(List<String> phrases, List<Integer> orders) {
        PageIndex ix = new PageIndex(new VisibleDates(LocalDate.of(2026, 1, 1)));
        ix.h1Raw.addAll(List.of("The Best Trails for Cycling in Example City", "Group Rides Are the Best Protest"));
        ix.h1Orders.addAll(List.of(30, 300));
        ix.bylinePhrases.addAll(phrases);
        ix.phraseOrders.addAll(orders);
        return ix;
    }

    @Test
    void phrasesNearTheFirstHeadlineCountWhenNoneStandsNearTheTitledOne() {
        PageIndex ix = page(List.of("By Jane Doe", "By John Roe"), List.of(33, 420));
        assertThat(MetadataReader.nearPhrases(ix, "Group Rides Are the Best Protest", 0)).containsExactly(
                "By Jane Doe");
    }

    @Test
    void phrasesNearTheTitledHeadlineComeFirst() {
        PageIndex ix = page(List.of("By Jane Doe", "By John Roe"), List.of(33, 305));
        assertThat(MetadataReader.nearPhrases(ix, "Group Rides Are the Best Protest", 0)).containsExactly(
                "By John Roe");
        assertThat(MetadataReader.nearPhrases(ix, "The Best Trails for Cycling in Example City", 0))
                .containsExactly("By Jane Doe");
    }
}
