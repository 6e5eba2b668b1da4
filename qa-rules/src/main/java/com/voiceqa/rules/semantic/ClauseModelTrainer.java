package com.voiceqa.rules.semantic;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Trains a {@link ClauseModel}. The linear head ({@link HeadKind#LINEAR}): one L2-regularized logistic regression per
 * label, by full-batch gradient descent with Nesterov momentum on standardized embeddings, with the standardization
 * folded back into the stored weights. The context head ({@link HeadKind#CONTEXT_MLP}): one network over the window,
 * its turn and the previous turn ({@link MlpTrainer}), stopped early on a tenth of the training calls. Positives are
 * up-weighted in both: most clauses carry no signal, and a missed signal costs more than a weak extra one, which the
 * call-level risk decision filters. Either head may be joined by pinyin n-grams ({@link PinyinNgramTrainer}), fitted
 * on the same examples. Deterministic: the same examples give the same model.
 */
public final class ClauseModelTrainer {

    static final int EPOCHS = 300;
    static final double LEARNING_RATE = 0.5;
    static final double MOMENTUM = 0.9;
    /** Chosen by cross-validation across corpora written by different authors (docs/packs-history.md). */
    static final double L2 = 0.02;
    static final double POSITIVE_WEIGHT = 5;
    private static final int CHUNKS = 16;

    private ClauseModelTrainer() {
    }

    /**
     * What a model is trained as, beyond its data: the head; for the context head its context dropout (the share of
     * training windows read without their turn and previous turn, {@link MlpTrainer.Settings#groupDropout}) and how
     * many networks from consecutive seeds it averages (1: one network); whether pinyin n-grams join the head
     * ({@link PinyinNgramTrainer}) and whether they are negation-marked ({@link PinyinNgrams}); whether the context
     * head also reads the turn after the window's.
     */
    public record Recipe(HeadKind head, double contextDropout, int headSeeds, boolean pinyinNgrams,
                         boolean negationNgrams, boolean nextTurn) {

        public static final Recipe LINEAR = new Recipe(HeadKind.LINEAR, 0, 1, false, false, false);

        public Recipe {
            if (!(contextDropout >= 0 && contextDropout < 1) || headSeeds < 1) {
                throw new IllegalArgumentException("context dropout is a share from 0 to below 1 and a head has at"
                        + " least one seed; got " + contextDropout + " and " + headSeeds);
            }
            if (head != HeadKind.CONTEXT_MLP && (contextDropout > 0 || headSeeds > 1 || nextTurn)) {
                throw new IllegalArgumentException("context dropout, seed ensembles and the next turn are the context"
                        + " head's; the " + head.id() + " head has none of them");
            }
            if (negationNgrams && !pinyinNgrams) {
                throw new IllegalArgumentException("negation marks are a reading of the pinyin n-grams; this recipe"
                        + " has none");
            }
        }

        /**
         * The training settings as text, so that a model stored for given examples is known to match them
         * (FoldModels). Nothing is added for one seed, without pinyin n-grams, without negation marks or without the
         * next turn, so models stored before any of them existed keep their keys.
         */
        public String describe() {
            String ensemble = headSeeds > 1 ? " ensemble=" + headSeeds + " seeds" : "";
            return headSettings() + (nextTurn ? " next-turn" : "") + ensemble
                    + (pinyinNgrams ? " + " + PinyinNgramTrainer.settings(negationNgrams) : "");
        }

        private String headSettings() {
            return switch (head) {
                case LINEAR -> "logistic epochs=" + EPOCHS + " lr=" + LEARNING_RATE + " momentum=" + MOMENTUM + " l2="
                        + L2 + " positive=" + POSITIVE_WEIGHT;
                case CONTEXT_MLP -> "context " + mlpSettings().describe() + " held-out=calls%" + HELD_OUT_EVERY;
            };
        }

        MlpTrainer.Settings mlpSettings() {
            return MlpTrainer.Settings.DEFAULT.withGroupDropout(contextDropout);
        }
    }

    /** One call in this many (by its source) is held out of the context head's gradient to stop its training. */
    static final int HELD_OUT_EVERY = 10;

    /**
     * A training clause: its text, whether the customer said it, and the labels it carries (empty = none); the
     * normalized text of its whole turn, the turn before it and the turn after it; and its source (the call, or the
     * bank line), which keeps every window and noisy copy of one call on the same side of the early-stopping split.
     */
    public record Example(String text, boolean customer, Set<String> labels, String turn, AdjacentTurn previous,
                          AdjacentTurn next, String source) {

        /** A clause that is its own turn, with nothing around it (a bank utterance). */
        public Example(String text, boolean customer, Set<String> labels) {
            this(text, customer, labels, text, AdjacentTurn.NONE, AdjacentTurn.NONE, text);
        }
    }

    /** Told how many of the texts that were not in the encoder's cache have been encoded so far. */
    @FunctionalInterface
    public interface Progress {
        void encoded(int done, int toEncode, int distinct);

        /** Told how training goes after encoding (the context head's epochs). */
        default void training(String line) {
        }
    }

    /** A model with the linear head. */
    public static ClauseModel train(String name, List<String> labels, List<Example> examples, SentenceEncoder encoder,
                                    JsonNode provenance, Progress progress) {
        return train(name, labels, examples, encoder, provenance, progress, Recipe.LINEAR);
    }

    /**
     * @param progress called as texts are encoded (encoding is the slow part; texts in the encoder's cache are free)
     */
    public static ClauseModel train(String name, List<String> labels, List<Example> examples, SentenceEncoder encoder,
                                    JsonNode provenance, Progress progress, Recipe recipe) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        ClauseHead fitted = recipe.head() == HeadKind.CONTEXT_MLP
                ? ContextHeadTraining.fit(labels, examples, encoder, progress, recipe.mlpSettings(), recipe.headSeeds(),
                        recipe.nextTurn())
                : linear(labels, examples, encoder, progress);
        PinyinNgramModel ngrams = recipe.pinyinNgrams()
                ? PinyinNgramTrainer.fit(labels, examples, recipe.negationNgrams(), progress::training) : null;
        return new ClauseModel(name, encoder.name(), fitted, ngrams, provenance, encoder);
    }

    private static LinearHead linear(List<String> labels, List<Example> examples, SentenceEncoder encoder,
                                     Progress progress) {
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
        Standardization.inPlace(x, mean, scale);
        boolean[][] positive = new boolean[labels.size()][x.length];
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < labels.size(); k++) {
                positive[k][i] = examples.get(i).labels().contains(labels.get(k));
            }
        }
        double[][] fitted = fit(x, positive);
        Map<String, LinearHead.Weights> weights = new LinkedHashMap<>();
        for (int k = 0; k < labels.size(); k++) {
            weights.put(labels.get(k), unstandardized(fitted[k], mean, scale));
        }
        return new LinearHead(weights);
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

    /**
     * Fits every label's regression at once: each epoch reads the examples once for all labels (the rows stay in
     * the cache), in a fixed number of chunks summed in order, so the model does not depend on the number of threads.
     *
     * @return per label, the weights over the standardized features, the bias last
     */
    private static double[][] fit(double[][] x, boolean[][] positive) {
        int labels = positive.length;
        int features = x[0].length;
        double[][] w = new double[labels][features + 1];
        double[][] velocity = new double[labels][features + 1];
        double[][] ahead = new double[labels][features + 1];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (int k = 0; k < labels; k++) {
                for (int j = 0; j <= features; j++) {
                    ahead[k][j] = w[k][j] + MOMENTUM * velocity[k][j];
                }
            }
            double[][][] partial = IntStream.range(0, CHUNKS).parallel()
                    .mapToObj(c -> gradient(x, positive, ahead, c * x.length / CHUNKS, (c + 1) * x.length / CHUNKS))
                    .toArray(double[][][]::new);
            for (int k = 0; k < labels; k++) {
                for (int j = 0; j <= features; j++) {
                    double gradient = 0;
                    for (double[][] chunk : partial) {
                        gradient += chunk[k][j];
                    }
                    double penalty = j < features ? L2 * ahead[k][j] : 0;
                    velocity[k][j] = MOMENTUM * velocity[k][j] - LEARNING_RATE * (gradient + penalty);
                    w[k][j] += velocity[k][j];
                }
            }
        }
        return w;
    }

    /** The mean log-loss gradient of rows {@code [from, to)} for every label; positives weigh {@link #POSITIVE_WEIGHT}. */
    private static double[][] gradient(double[][] x, boolean[][] positive, double[][] w, int from, int to) {
        int features = x[0].length;
        double[][] g = new double[w.length][features + 1];
        for (int i = from; i < to; i++) {
            double[] row = x[i];
            for (int k = 0; k < w.length; k++) {
                double z = w[k][features] + dot(w[k], row, features);
                boolean y = positive[k][i];
                double e = (1 / (1 + Math.exp(-z)) - (y ? 1 : 0)) * (y ? POSITIVE_WEIGHT : 1) / x.length;
                double[] gk = g[k];
                for (int j = 0; j < features; j++) {
                    gk[j] += e * row[j];
                }
                gk[features] += e;
            }
        }
        return g;
    }

    /** Four running sums: one sum waits on each addition before the next, four keep the core busy. */
    private static double dot(double[] a, double[] b, int length) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < length; j += 4) {
            s0 += a[j] * b[j];
            s1 += a[j + 1] * b[j + 1];
            s2 += a[j + 2] * b[j + 2];
            s3 += a[j + 3] * b[j + 3];
        }
        for (; j < length; j++) {
            s0 += a[j] * b[j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    private static LinearHead.Weights unstandardized(double[] w, double[] mean, double[] scale) {
        int features = mean.length;
        // back to raw features: w·(x-mean)/scale + b = (w/scale)·x + (b - Σ w·mean/scale); the last feature is the
        // speaker flag, stored apart from the embedding weights
        double[] raw = new double[features];
        double bias = w[features];
        for (int j = 0; j < features; j++) {
            raw[j] = w[j] / scale[j];
            bias -= raw[j] * mean[j];
        }
        return new LinearHead.Weights(java.util.Arrays.copyOf(raw, features - 1), raw[features - 1], bias);
    }
}
