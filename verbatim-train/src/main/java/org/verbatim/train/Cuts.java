package org.verbatim.train;

import java.util.List;
import org.verbatim.eval.WcxbMetric;
import org.verbatim.extract.html.body.ContentModels;
import org.verbatim.extract.html.body.PageFeatures;

/**
 * The per-page-type cuts of the segment scorer: tuned on out-of-fold second-stage probabilities of the wcxb-dev
 * pages of folds 0-3 only (fold 4 stays the untouched check), as the cut that gives the best mean F1 for pages of
 * that type.
 */
final class Cuts {
    static final float[] GRID = {0.2f, 0.25f, 0.3f, 0.35f, 0.4f, 0.45f, 0.5f, 0.55f, 0.6f, 0.65f, 0.7f};
    static final int LAST_TUNING_FOLD = 3;

    private Cuts() {
    }

    /** The cuts that ship ({@code 0.5} for every type before the first training). */
    static float[] shipped() {
        float[] cuts = ContentModels.shippedCuts();
        if (cuts == null) {
            cuts = new float[ContentModels.TYPES.size()];
            java.util.Arrays.fill(cuts, 0.5f);
        }
        return cuts;
    }

    /** Per type, the grid cut with the best mean F1 on the tuning pages; also returns that F1 in {@code best}. */
    static float[] tune(List<SegmentData.Item> items, List<float[]> oofSecond, double[] best) {
        int types = ContentModels.TYPES.size();
        double[][] sum = new double[types][GRID.length];
        int[] pages = new int[types];
        for (int i = 0; i < items.size(); i++) {
            TrainingPage p = items.get(i).page();
            if (!p.corpus().equals("wcxb") || p.fold() > LAST_TUNING_FOLD) {
                continue;
            }
            int t = ExtractorTrainer.typeClass(p.type());
            pages[t]++;
            float[] prob = oofSecond.get(i);
            for (int g = 0; g < GRID.length; g++) {
                StringBuilder kept = new StringBuilder();
                for (int s = 0; s < prob.length; s++) {
                    if (prob[s] >= GRID[g]) {
                        kept.append(items.get(i).features().texts().get(s)).append("\n\n");
                    }
                }
                sum[t][g] += WcxbMetric.body(kept.toString(), p.gold(), List.of(), List.of()).f1();
            }
        }
        float[] cuts = new float[types];
        for (int t = 0; t < types; t++) {
            int arg = java.util.Arrays.binarySearch(GRID, 0.5f);
            for (int g = 0; g < GRID.length; g++) {
                arg = sum[t][g] > sum[t][arg] ? g : arg;
            }
            cuts[t] = GRID[arg];
            best[t] = pages[t] == 0 ? 0 : sum[t][arg] / pages[t];
        }
        return cuts;
    }

    static String properties(float[] cuts) {
        StringBuilder sb = new StringBuilder("# Per page type, the probability from which a segment is kept.\n"
                + "# Written by ./verbatim train extractor (tuned on wcxb-dev folds 0-3; see TRAINING.md).\n");
        for (int t = 0; t < cuts.length; t++) {
            sb.append(ContentModels.TYPES.get(t).label()).append('=').append(cuts[t]).append('\n');
        }
        return sb.toString();
    }

    static int features() {
        return PageFeatures.segmentNames().size();
    }
}
