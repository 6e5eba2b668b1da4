package com.voiceqa.rules.risk;

/**
 * A linear score over standardized features: {@code weights · ((x - mean) / scale) + bias}. Standardizing keeps one
 * L2 penalty fair to features of different ranges (a count and a probability).
 */
public record Linear(double[] mean, double[] scale, double[] weights, double bias) {

    public Linear {
        if (mean.length != scale.length || mean.length != weights.length) {
            throw new IllegalArgumentException("mean, scale and weights must have one entry per feature");
        }
    }

    public double score(double[] x) {
        if (x.length != weights.length) {
            throw new IllegalArgumentException("expected " + weights.length + " features, got " + x.length);
        }
        double z = bias;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * (x[i] - mean[i]) / scale[i];
        }
        return z;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
