package org.verbatim.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.verbatim.extract.html.body.ContentFeatures;
import org.verbatim.extract.html.body.PageFeatures;

class SegmentDataTest {
    private static final long SEED = Long.getLong("verbatim.seed", 20261205L);

    /** Seeded pages of a few segments each, with random rows and coverages. */
    private static List<SegmentData.Item> items(long seed, int fold) {
        Random rnd = new Random(seed);
        List<SegmentData.Item> out = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            int n = 1 + rnd.nextInt(5);
            List<String> texts = new ArrayList<>();
            float[][] rows = new float[n][6];
            double[] coverage = new double[n];
            for (int s = 0; s < n; s++) {
                texts.add("segment " + s);
                for (int f = 0; f < rows[s].length; f++) {
                    rows[s][f] = f == 5 && rnd.nextInt(4) == 0 ? Float.NaN : rnd.nextFloat(); // NaN: a missing value
                }
                coverage[s] = rnd.nextDouble();
            }
            PageFeatures features = new PageFeatures(texts, rows, new float[] {rnd.nextFloat(), p},
                    List.of("x:word" + p, "u:path"), "", null, ContentFeatures.Groups.of(List.of()));
            TrainingPage page = new TrainingPage("wcxb", String.format("%04d", p), null, "https://example.org/" + p,
                    "gold " + p, "article", fold);
            out.add(new SegmentData.Item(page, features, coverage));
        }
        return out;
    }

    @Test
    void theDigestIsTheSameForTheSameDataAndChangesWithAnyValueTrainingReads() {
        String digest = SegmentData.digest(items(SEED, 2));
        assertThat(SegmentData.digest(items(SEED, 2))).isEqualTo(digest).hasSize(64);
        assertThat(SegmentData.digest(items(SEED, 3))).as("another fold").isNotEqualTo(digest);

        List<SegmentData.Item> row = items(SEED, 2);
        row.get(1).features().rows()[0][3] = Math.nextUp(row.get(1).features().rows()[0][3]);
        assertThat(SegmentData.digest(row)).as("one feature value, one ulp apart").isNotEqualTo(digest);

        List<SegmentData.Item> label = items(SEED, 2);
        label.get(2).coverage()[0] += 1e-9;
        assertThat(SegmentData.digest(label)).as("one segment's gold coverage").isNotEqualTo(digest);

        List<SegmentData.Item> fewer = items(SEED, 2);
        fewer.remove(3);
        assertThat(SegmentData.digest(fewer)).as("a page fewer").isNotEqualTo(digest);
    }
}
