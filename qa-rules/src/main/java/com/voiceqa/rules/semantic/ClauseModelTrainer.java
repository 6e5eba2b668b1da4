package com.voiceqa.rules.semantic;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Trains a {@link ClauseModel}: one L2-regularized logistic regression per label, by full-batch gradient descent
 * with Nesterov momentum on standardized embeddings, with the standardization folded back into the stored weights.
 * Positives are up-weighted: most clauses carry no signal, and a missed signal costs more than a weak extra one,
 * which the call-level risk gate filters. Deterministic: the same examples give the same model.
 */
public final class ClauseModelTrainer {

    static final int EPOCHS = 300;
    static final double LEARNING_RATE = 0.5;
    static final double MOMENTUM = 0.9;
    /** Chosen by cross-validation across corpora written by different authors (docs/rules.md). */
    static final double L2 = 0.02;
    static final double POSITIVE_WEIGHT = 5;

    private ClauseModelTrainer() {
    }

    /** A training clause: its text, whether the customer said it, and the labels it carries (empty = none). */
    public record Example(String text, boolean customer, Set<String> labels) {
    }

    /** Told how many of the texts that were not in the encoder's cache have been encoded so far. */
    @FunctionalInterface
    public interface Progress {
        void encoded(int done, int toEncode, int distinct);
    }

    /**
     * @param progress called as texts are encoded (encoding is the slow part; texts in the encoder's cache are free)
     */
    public static ClauseModel train(String name, List<String> labels, List<Example> examples, SentenceEncoder encoder,
                                    JsonNode provenance, Progress progress) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        Map<String, float[]> encoded = encodeAll(examples.stream().map(Example::text).toList(), encoder, progress);
        double[][] x = new double[examples.size()][];
        for (int i = 0; i < x.length; i++) {
            Example e = examples.get(i);
            float[] v = encoded.get(e.text());
            x[i] = new double[v.length + 1];
            for (int j = 0; j < v.length; j++) {
                x[i][j] = v[j];
            }
            x[i][v.length] = e.customer() ? 1 : 0;
        }
        int dims = x[0].length;
        double[] mean = new double[dims];
        double[] scale = new double[dims];
        standardize(x, mean, scale);
        List<ClauseModel.Weights> trained = labels.parallelStream()
                .map(label -> fit(x, examples.stream().map(e -> e.labels().contains(label)).toList(), mean, scale))
                .toList();
        Map<String, ClauseModel.Weights> weights = new LinkedHashMap<>();
        for (int k = 0; k < labels.size(); k++) {
            weights.put(labels.get(k), trained.get(k));
        }
        return new ClauseModel(name, encoder.name(), weights, provenance, encoder);
    }

    /**
     * The embedding of each distinct text, encoding on the common pool (ONNX Runtime sessions are thread-safe) what
     * the encoder's cache does not already hold; augmented copies repeat many clean texts.
     */
    public static Map<String, float[]> encodeAll(List<String> texts, SentenceEncoder encoder, Progress progress) {
        List<String> distinct = texts.stream().distinct().toList();
        Map<String, float[]> out = new ConcurrentHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String t : distinct) {
            if (encoder.isCached(t)) {
                out.put(t, encoder.encode(t));
            } else {
                missing.add(t);
            }
        }
        AtomicInteger done = new AtomicInteger();
        progress.encoded(0, missing.size(), distinct.size());
        missing.parallelStream().forEach(t -> {
            out.put(t, encoder.encode(t));
            progress.encoded(done.incrementAndGet(), missing.size(), distinct.size());
        });
        return out;
    }

    private static void standardize(double[][] x, double[] mean, double[] scale) {
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

    private static ClauseModel.Weights fit(double[][] x, List<Boolean> positive, double[] mean, double[] scale) {
        int n = x.length;
        int features = mean.length;
        double[] w = new double[features + 1]; // the last one is the bias
        double[] velocity = new double[w.length];
        double[] ahead = new double[w.length];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (int j = 0; j < w.length; j++) {
                ahead[j] = w[j] + MOMENTUM * velocity[j];
            }
            double[] gradient = new double[w.length];
            for (int i = 0; i < n; i++) {
                double z = ahead[features];
                for (int j = 0; j < features; j++) {
                    z += ahead[j] * x[i][j];
                }
                double y = positive.get(i) ? 1 : 0;
                double g = (1 / (1 + Math.exp(-z)) - y) * (y == 1 ? POSITIVE_WEIGHT : 1) / n;
                for (int j = 0; j < features; j++) {
                    gradient[j] += g * x[i][j];
                }
                gradient[features] += g;
            }
            for (int j = 0; j < w.length; j++) {
                double penalty = j < features ? L2 * ahead[j] : 0;
                velocity[j] = MOMENTUM * velocity[j] - LEARNING_RATE * (gradient[j] + penalty);
                w[j] += velocity[j];
            }
        }
        // back to raw features: w·(x-mean)/scale + b = (w/scale)·x + (b - Σ w·mean/scale); the last feature is the
        // speaker flag, stored apart from the embedding weights
        double[] raw = new double[features];
        double bias = w[features];
        for (int j = 0; j < features; j++) {
            raw[j] = w[j] / scale[j];
            bias -= raw[j] * mean[j];
        }
        return new ClauseModel.Weights(java.util.Arrays.copyOf(raw, features - 1), raw[features - 1], bias);
    }
}
