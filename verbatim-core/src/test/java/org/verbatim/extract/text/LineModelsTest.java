package org.verbatim.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.verbatim.learn.TreeEnsemble;
import org.verbatim.model.Block;
import org.verbatim.model.PageType;

/** How the text path uses its models: which lines a scorer's probabilities keep, and the article built from them. */
class LineModelsTest {
    /** A one-split scorer: lines longer than 60 characters are content (p = 0.982), shorter ones not (0.018). */
    private static TreeEnsemble longLines() {
        short f = (short) TextFeatures.LINE_NAMES.indexOf("chars_log");
        TreeEnsemble.Tree t = new TreeEnsemble.Tree(new short[] {f, -1, -1},
                new float[] {(float) Math.log1p(60), -4f, 4f}, new int[] {1, 0, 0}, new int[] {2, 0, 0},
                new boolean[] {true, false, false});
        return new TreeEnsemble(TextFeatures.LINE_NAMES, 1, 0f, List.of(t));
    }

    /** A page classifier that always says "forum", with a margin of 3 over the other types. */
    private static TreeEnsemble alwaysForum() {
        List<TreeEnsemble.Tree> trees = new ArrayList<>();
        for (PageType t : LineModels.TYPES) {
            trees.add(new TreeEnsemble.Tree(new short[] {-1}, new float[] {t == PageType.FORUM ? 3f : 0f},
                    new int[] {0}, new int[] {0}, new boolean[] {false}));
        }
        return new TreeEnsemble(TextFeatures.PAGE_NAMES, LineModels.TYPES.size(), 0f, trees);
    }

    private static final String PAGE = String.join("\n", "Example News | Home", "Home", "World", "Sport",
            "Harbour reopens after three weeks of repairs", "24 Jan 2024 07:41",
            "The city's main harbour reopened on Monday after three weeks of repairs to its damaged quays.",
            "Fishing crews said the closure had cost them most of their winter income and asked for help.",
            "Share", "Related stories", "Sport", "Weather", "Contact", "Jobs",
            "Council approves the new tram line after a long debate in the chamber on Tuesday night.");

    @Test
    void theScorersLinesMakeTheBodyAndTheRulesStillFindTheHeader() {
        LineModels m = new LineModels(longLines(), null, null, LineShapes.EMPTY, new LineModels.Choice(0.5f, 0.5f,
                1.01f));
        ScrapedArticle a = new ScrapedTextParser(LocalDate.of(2024, 6, 1), m).parse(PAGE);
        assertThat(a.blocks()).extracting(Block::text).containsExactly(
                "The city's main harbour reopened on Monday after three weeks of repairs to its damaged quays.",
                "Fishing crews said the closure had cost them most of their winter income and asked for help.");
        assertThat(a.title()).isEqualTo("Harbour reopens after three weeks of repairs");
        assertThat(a.published()).hasToString("2024-01-24T07:41");
        assertThat(a.pageType()).isNull();

        ScrapedArticle outer = new ScrapedTextParser(LocalDate.of(2024, 6, 1),
                m.with(new LineModels.Choice(0.5f, 0.5f, 0.9f))).parse(PAGE);
        assertThat(outer.blocks()).hasSize(3);
        assertThat(outer.blocks().get(2).text()).startsWith("Council approves");
    }

    @Test
    void thePageClassifierGivesTheTypeAndItsProbability() {
        LineModels m = new LineModels(null, null, alwaysForum(), LineShapes.EMPTY, LineModels.Choice.DEFAULT);
        ScrapedArticle a = new ScrapedTextParser(LocalDate.of(2024, 6, 1), m).parse(PAGE);
        assertThat(a.pageType()).isEqualTo(PageType.FORUM);
        double e3 = Math.exp(3);
        assertThat(a.pageTypeConfidence()).isCloseTo(e3 / (e3 + 6), org.assertj.core.data.Offset.offset(1e-5));
        // without a line scorer the rules choose the body
        assertThat(a.blocks()).isNotEmpty();
    }

    @Test
    void modelsOverOtherFeaturesAreRefused() {
        TreeEnsemble other = new TreeEnsemble(List.of("a", "b"), 1, 0f, List.of(new TreeEnsemble.Tree(
                new short[] {-1}, new float[] {1f}, new int[] {0}, new int[] {0}, new boolean[] {false})));
        assertThatThrownBy(() -> new LineModels(other, null, null, LineShapes.EMPTY, LineModels.Choice.DEFAULT))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("retrain");
        assertThatThrownBy(() -> new LineModels(null, null, other, LineShapes.EMPTY, LineModels.Choice.DEFAULT))
                .isInstanceOf(IllegalStateException.class);
    }

    /**
     * Seeded random probabilities: inside the span every kept line reaches {@code inner}, outside {@code outer}; the
     * span is the stretch with the largest weighted sum of {@code p - cut}, so no kept-inside line lies beyond a
     * line that would lower that sum when cut off.
     */
    @Test
    void keptLinesFollowTheChoice() {
        for (long seed = 1; seed <= 300; seed++) {
            Random r = new Random(seed);
            int n = 1 + r.nextInt(40);
            float[] p = new float[n];
            int[] chars = new int[n];
            for (int i = 0; i < n; i++) {
                p[i] = r.nextFloat();
                chars[i] = 1 + r.nextInt(500);
            }
            LineModels.Choice c = new LineModels.Choice(0.3f + 0.4f * r.nextFloat(), 0.2f, 0.9f);
            boolean[] keep = LineModels.keepLines(p, chars, c);
            double best = Double.NEGATIVE_INFINITY;
            int from = -1;
            int to = -1;
            for (int a = 0; a < n; a++) {
                double sum = 0;
                for (int b = a; b < n; b++) {
                    sum += (p[b] - c.cut()) * LineModels.weight(chars[b]);
                    if (sum > best + 1e-9) {
                        best = sum;
                        from = a;
                        to = b;
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                boolean in = best > 0 && i >= from && i <= to;
                assertThat(keep[i]).as("seed %d line %d", seed, i).isEqualTo(p[i] >= (in ? c.inner() : c.outer()));
            }
        }
    }
}
