package org.verbatim.train;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Gradient-boosted trees through XGBoost: seeded, on a fixed number of threads and the exact-histogram method, so
 * the same rows give the same trees; exported as a JSON dump that {@link TreeExport} turns into the shipped format.
 */
final class Boosting {
    /** Training settings. */
    record Params(String objective, int classes, int rounds, int depth, double eta, double subsample,
                  double colsample, double minChildWeight, double lambda, long seed) {
        static Params binary(int rounds, int depth) {
            return new Params("binary:logistic", 2, rounds, depth, 0.12, 0.8, 0.8, 1, 1, 20261204L);
        }

        static Params multi(int classes, int rounds, int depth) {
            return new Params("multi:softprob", classes, rounds, depth, 0.1, 0.8, 0.8, 1, 1, 20261204L);
        }

        /** The same settings with another seed (which rows and columns each round samples). */
        Params withSeed(long other) {
            return new Params(objective, classes, rounds, depth, eta, subsample, colsample, minChildWeight, lambda,
                    other);
        }
    }

    private Boosting() {
    }

    static Booster train(float[] rows, int n, int features, float[] labels, float[] weights, Params p) {
        try {
            DMatrix d = new DMatrix(rows, n, features, Float.NaN);
            d.setLabel(labels);
            if (weights != null) {
                d.setWeight(weights);
            }
            Map<String, Object> params = new HashMap<>();
            params.put("objective", p.objective());
            if (p.classes() > 2) {
                params.put("num_class", p.classes());
            }
            params.put("max_depth", p.depth());
            params.put("eta", p.eta());
            params.put("subsample", p.subsample());
            params.put("colsample_bytree", p.colsample());
            params.put("min_child_weight", p.minChildWeight());
            params.put("lambda", p.lambda());
            params.put("seed", p.seed());
            params.put("nthread", 2);
            params.put("tree_method", "hist");
            params.put("max_bin", 128);
            params.put("verbosity", 0);
            Booster b = XGBoost.train(d, params, p.rounds(), new HashMap<>(), null, null);
            d.dispose();
            return b;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed: " + e.getMessage(), e);
        }
    }

    static float[][] predict(Booster b, float[] rows, int n, int features) {
        try {
            DMatrix d = new DMatrix(rows, n, features, Float.NaN);
            float[][] out = b.predict(d);
            d.dispose();
            return out;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed: " + e.getMessage(), e);
        }
    }

    static List<String> dump(Booster b) {
        try {
            return List.of(b.getModelDump((String) null, true, "json"));
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed: " + e.getMessage(), e);
        }
    }
}
