package org.verbatim.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextFeaturesTest {
    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);
    private static final String PAGE = String.join("\n", "Harbour reopens | Example News", "Home", "News", "Sport",
            "Harbour reopens after three weeks of repairs", "By Jane Doe", "24 Jan 2024 07:41",
            "The city's main harbour reopened on Monday after three weeks of repairs to its damaged quays, the port "
                    + "authority said.",
            "\u201cWe lost most of our winter income,\u201d said one of the fishermen, who asked for support.",
            "Share this article", "Home", "News", "Sport", "© 2024 Example News. All rights reserved.",
            "Visit https://example.com or write to desk@example.com");

    private static float f(TextFeatures t, int line, String name) {
        return t.rows()[line][TextFeatures.LINE_NAMES.indexOf(name)];
    }

    @Test
    void rowsHaveTheNamedFeaturesInOrder() {
        TextFeatures t = TextFeatures.of(PAGE, "https://example.com/2024/01/24/harbour", DAY, LineShapes.EMPTY);
        assertThat(t.texts()).hasSize(15);
        assertThat(List.of(t.rows())).allMatch(r -> r.length == TextFeatures.LINE_NAMES.size());
        assertThat(t.page()).hasSize(TextFeatures.PAGE_NAMES.size());
        assertThat(TextFeatures.LINE_NAMES).doesNotHaveDuplicates();
        assertThat(TextFeatures.STACKED_NAMES).startsWith(TextFeatures.LINE_NAMES.toArray(String[]::new))
                .endsWith(TextFeatures.CONTEXT_NAMES.toArray(String[]::new));
        for (float[] r : t.rows()) {
            float kinds = 0;
            for (LineKind k : LineKind.values()) {
                kinds += r[TextFeatures.LINE_NAMES.indexOf("kind_" + k.name().toLowerCase(java.util.Locale.ROOT))];
            }
            assertThat(kinds).isEqualTo(1f);
        }
    }

    @Test
    void featuresSayWhatTheLinesAre() {
        TextFeatures t = TextFeatures.of(PAGE, "https://example.com/2024/01/24/harbour", DAY, LineShapes.EMPTY);
        assertThat(f(t, 0, "is_first_line")).isEqualTo(1f);
        assertThat(f(t, 4, "title_overlap")).isGreaterThan(0f);
        assertThat(f(t, 1, "repeats_log")).isGreaterThan(0f); // "Home" comes back in the footer menu
        assertThat(f(t, 1, "first_occurrence")).isEqualTo(1f);
        assertThat(f(t, 10, "first_occurrence")).isEqualTo(0f);
        assertThat(f(t, 7, "repeats_log")).isEqualTo(0f);
        assertThat(f(t, 7, "ends_sentence")).isEqualTo(1f);
        assertThat(f(t, 7, "function_share")).isGreaterThan(0.2f);
        assertThat(f(t, 2, "short_run_log")).isGreaterThan(f(t, 7, "short_run_log"));
        assertThat(f(t, 8, "quotes")).isEqualTo(2f);
        assertThat(f(t, 14, "link_tokens")).isEqualTo(2f);
        assertThat(f(t, 6, "has_date")).isEqualTo(1f);
        assertThat(f(t, 6, "kind_dateline")).isEqualTo(1f);
        assertThat(f(t, 5, "kind_byline")).isEqualTo(1f);
        assertThat(f(t, 7, "in_rule_body")).isEqualTo(1f);
        assertThat(f(t, 2, "in_rule_body")).isEqualTo(0f);
        assertThat(f(t, 7, "headline_dist")).isEqualTo(3f);
        assertThat(f(t, 7, "dateline_dist")).isEqualTo(1f);
        assertThat(f(t, 0, "rel_index")).isEqualTo(0f);
        assertThat(f(t, 14, "rel_index")).isEqualTo(1f);
        assertThat(t.page()[TextFeatures.PAGE_NAMES.indexOf("page_url_date")]).isEqualTo(1f);
        assertThat(t.page()[TextFeatures.PAGE_NAMES.indexOf("page_datelines")]).isEqualTo(1f);
    }

    @Test
    void learnedFormsFillTheirColumnsAndNothingElseChanges() {
        LineShapes shapes = new LineShapes(Map.of("share this article", new LineShapes.Entry(-3f, 50)), Map.of());
        TextFeatures plain = TextFeatures.of(PAGE, null, DAY, LineShapes.EMPTY);
        TextFeatures learned = TextFeatures.of(PAGE, null, DAY, shapes);
        assertThat(f(learned, 9, "shape_odds")).isEqualTo(-3f);
        assertThat(f(plain, 9, "shape_odds")).isNaN();
        assertThat(f(learned, 7, "shape_odds")).isNaN();
        List<String> shapeColumns = List.of("shape_odds", "prefix_odds", "shape_seen_log");
        for (int i = 0; i < plain.rows().length; i++) {
            for (int k = 0; k < TextFeatures.LINE_NAMES.size(); k++) {
                if (!shapeColumns.contains(TextFeatures.LINE_NAMES.get(k))) {
                    assertThat(learned.rows()[i][k]).as("line %d %s", i, TextFeatures.LINE_NAMES.get(k))
                            .isEqualTo(plain.rows()[i][k]);
                }
            }
        }
    }

    /** Nothing is carried from one page to the next: a page's features are the same whatever was read before. */
    @Test
    void aPagesFeaturesDoNotDependOnOtherPages() {
        TextFeatures first = TextFeatures.of(PAGE, null, DAY, LineShapes.EMPTY);
        for (int k = 0; k < 20; k++) {
            TextFeatures.of("Other page " + k + "\nHome\nShare this article\nSome text that is long enough to count "
                    + "as prose in this other page, ending with a full stop.", null, DAY, LineShapes.EMPTY);
        }
        TextFeatures again = TextFeatures.of(PAGE, null, DAY, LineShapes.EMPTY);
        assertThat(java.util.Arrays.deepEquals(again.rows(), first.rows())).isTrue();
        assertThat(again.page()).isEqualTo(first.page());
    }

    @Test
    void theSecondStageSeesItsNeighboursProbabilities() {
        float[][] rows = {new float[TextFeatures.LINE_NAMES.size()], new float[TextFeatures.LINE_NAMES.size()],
            new float[TextFeatures.LINE_NAMES.size()]};
        float[][] s = TextFeatures.stacked(rows, new float[] {0.1f, 0.9f, 0.8f});
        int p = TextFeatures.LINE_NAMES.size();
        assertThat(s[1][p]).isEqualTo(0.9f);
        assertThat(s[1][p + 1]).isEqualTo(0.1f);
        assertThat(s[1][p + 3]).isEqualTo(0.8f);
        assertThat(s[0][p + 1]).isNaN();
        assertThat(s[1][TextFeatures.STACKED_NAMES.indexOf("p_in_span")]).isEqualTo(1f);
        assertThat(s[0][TextFeatures.STACKED_NAMES.indexOf("p_in_span")]).isEqualTo(0f);
    }
}
