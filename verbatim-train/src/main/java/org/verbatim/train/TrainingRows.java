package org.verbatim.train;

/**
 * Training rows in the flat form the booster takes: {@code n} rows of {@code nf} features in {@code x}, a 0/1 label
 * in {@code y} and a weight in {@code w} per row. Filled once by the trainers' row builders.
 */
class TrainingRows {
    final float[] x;
    final float[] y;
    final float[] w;
    final int n;

    TrainingRows(int n, int nf) {
        this.n = n;
        x = new float[n * nf];
        y = new float[n];
        w = new float[n];
    }
}
