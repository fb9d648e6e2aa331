package org.verbatim.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WcxbMissesTest {

    @Test
    void dateMissesByKind() {
        assertThat(WcxbMisses.date("2024-05-03", "2024-05-03", "", false)).isNull();
        assertThat(WcxbMisses.date("", "", "2025-01-01", false)).isNull();
        assertThat(WcxbMisses.date("2024-05-03", "", "", false)).isEqualTo("none_given");
        assertThat(WcxbMisses.date("", "2024-05-03", "", false)).isEqualTo("given_no_gold");
        assertThat(WcxbMisses.date("2024-05-03", "2024-05-04", "", false)).isEqualTo("off_by_day");
        assertThat(WcxbMisses.date("2025-01-09", "2024-05-03", "2025-01-09", false)).isEqualTo("modified_is_gold");
        assertThat(WcxbMisses.date("2019-01-09", "2025-05-03", "2025-05-03", true)).isEqualTo("update_taken");
        assertThat(WcxbMisses.date("2019-01-09", "2025-05-03", "", false)).isEqualTo("wrong_day");
        assertThat(WcxbMisses.date("2003-11", "2003-11-02", "", false)).isEqualTo("wrong_day");
    }

    @Test
    void titleMissesByKind() {
        assertThat(WcxbMisses.title("Council votes", "Council Votes")).isNull();
        assertThat(WcxbMisses.title(null, "Anything")).isNull();
        assertThat(WcxbMisses.title("Council votes", "")).isEqualTo("none_given");
        assertThat(WcxbMisses.title("Council votes", "Council votes \u2013 The Daily Example")).isEqualTo(
                "suffix_kept");
        assertThat(WcxbMisses.title("Council votes on the budget", "Council votes")).isEqualTo("cut_short");
        assertThat(WcxbMisses.title("Council votes on the budget", "Budget passes")).isEqualTo("other_heading");
    }

    @Test
    void bylineMissesByKind() {
        assertThat(WcxbMisses.authors("Jane Doe, MD", List.of("Jane Doe"))).isNull();
        assertThat(WcxbMisses.authors(null, List.of())).isNull();
        assertThat(WcxbMisses.authors("Jane Doe", List.of())).isEqualTo("none_found");
        assertThat(WcxbMisses.authors("Jane Doe", List.of("Jane Doe", "John Roe"))).isEqualTo("extra_names");
        assertThat(WcxbMisses.authors("Jane Doe and John Roe", List.of("John Roe"))).isEqualTo("partial");
        assertThat(WcxbMisses.authors("Jane Doe", List.of("Example News"))).isEqualTo("wrong_names");
    }
}
