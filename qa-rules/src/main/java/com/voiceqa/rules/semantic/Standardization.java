package com.voiceqa.rules.semantic;

/**
 * Standardizes training features so that one L2 penalty is fair to features of different ranges; the trainers store
 * the mean and scale with their weights. Shared by the clause model's and the call-level risk model's trainers.
 */
public final class Standardization {

    private Standardization() {
    }

    /**
     * Fills {@code mean} and {@code scale} (zeros, one entry per column) with each column's mean and standard deviation
     * (plus 1e-6, so a constant column stays finite) and standardizes {@code x} in place.
     */
    public static void inPlace(double[][] x, double[] mean, double[] scale) {
        int dims = mean.length;
        for (double[] row : x) {
            for (int j = 0; j < dims; j++) {
                mean[j] += row[j] / x.length;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < dims; j++) {
                scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / x.length;
            }
        }
        for (int j = 0; j < dims; j++) {
            scale[j] = Math.sqrt(scale[j]) + 1e-6;
        }
        for (double[] row : x) {
            for (int j = 0; j < dims; j++) {
                row[j] = (row[j] - mean[j]) / scale[j];
            }
        }
    }
}
