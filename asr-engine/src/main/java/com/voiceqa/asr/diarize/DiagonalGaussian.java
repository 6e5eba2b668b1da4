package com.voiceqa.asr.diarize;

/** A Gaussian with a diagonal covariance, fitted from weighted vectors; dimensions marked {@code NaN} are skipped. */
final class DiagonalGaussian {

    /** Variance floor in standardized units: keeps a near-constant dimension from dominating the likelihood. */
    private static final double MIN_VARIANCE = 0.01;

    final double[] mean;
    final double[] variance;
    private final double[] logNorm;

    private DiagonalGaussian(double[] mean, double[] variance) {
        this.mean = mean;
        this.variance = variance;
        this.logNorm = new double[mean.length];
        for (int d = 0; d < mean.length; d++) {
            logNorm[d] = -0.5 * Math.log(2 * Math.PI * variance[d]);
        }
    }

    /** Fits to {@code vectors} weighted by {@code weights}; {@code NaN} values do not count for their dimension. */
    static DiagonalGaussian fit(double[][] vectors, double[] weights) {
        int dims = vectors[0].length;
        double[] sum = new double[dims];
        double[] sumSquares = new double[dims];
        double[] weight = new double[dims];
        for (int i = 0; i < vectors.length; i++) {
            for (int d = 0; d < dims; d++) {
                double x = vectors[i][d];
                if (!Double.isNaN(x)) {
                    sum[d] += weights[i] * x;
                    sumSquares[d] += weights[i] * x * x;
                    weight[d] += weights[i];
                }
            }
        }
        double[] mean = new double[dims];
        double[] variance = new double[dims];
        for (int d = 0; d < dims; d++) {
            mean[d] = weight[d] > 0 ? sum[d] / weight[d] : 0;
            variance[d] = weight[d] > 0 ? Math.max(MIN_VARIANCE, sumSquares[d] / weight[d] - mean[d] * mean[d]) : 1;
        }
        return new DiagonalGaussian(mean, variance);
    }

    double logDensity(double[] x) {
        double log = 0;
        for (int d = 0; d < x.length; d++) {
            if (!Double.isNaN(x[d])) {
                double diff = x[d] - mean[d];
                log += logNorm[d] - 0.5 * diff * diff / variance[d];
            }
        }
        return log;
    }

    /** Sum of the log variances: the log determinant of the covariance, for the BIC test. */
    double logDeterminant() {
        double sum = 0;
        for (double v : variance) {
            sum += Math.log(v);
        }
        return sum;
    }
}
