package com.voiceqa.rules.semantic;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Trains an {@link Mlp} for multi-label classification: weighted log-loss (positives weigh more, as in the linear
 * heads: most windows carry no signal), mini-batch Adam with L2 on the weights, inverted dropout on the hidden units,
 * optionally a group of inputs dropped together (the context head's turn and previous-turn embeddings), and early
 * stopping on held-out rows that never contribute a gradient. The caller chooses the held-out rows (a slice
 * of the training calls, never a measured fold). Deterministic for a seed: the shuffle and every dropout mask come
 * from the seed, and each batch is summed in a fixed number of chunks in order, whatever the number of threads.
 */
public final class MlpTrainer {

    private static final int CHUNKS = 4;
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private MlpTrainer() {
    }

    /**
     * Training settings; {@link #DEFAULT} was set before any measurement, not tuned on the folds, except that the
     * held-out loss is checked {@code checksPerEpoch} times an epoch: on the clause data, checked once an epoch, it
     * was lowest after epoch 1 or 2 and rose from there (the network learns the training turns' embeddings by
     * heart), so the best point may lie inside an epoch. {@code patience} counts checks. {@code groupDropout}: the
     * share of training rows, drawn anew for every row each epoch, whose input group ({@link #fit}'s {@code group})
     * is set to its mean (zero once standardized), so the network cannot lean on it alone.
     */
    public record Settings(int hidden, int batch, double learningRate, double l2, double dropout,
                           double groupDropout, double positiveWeight, int maxEpochs, int checksPerEpoch,
                           int patience, long seed) {
        public static final Settings DEFAULT = new Settings(64, 128, 1e-3, 1e-4, 0.3, 0, 5, 40, 4, 8, 1);

        public Settings withGroupDropout(double share) {
            return new Settings(hidden, batch, learningRate, l2, dropout, share, positiveWeight, maxEpochs,
                    checksPerEpoch, patience, seed);
        }

        public Settings withSeed(long other) {
            return new Settings(hidden, batch, learningRate, l2, dropout, groupDropout, positiveWeight, maxEpochs,
                    checksPerEpoch, patience, other);
        }

        /** The settings as text (without group dropout when there is none: models stored before it keep their keys). */
        public String describe() {
            return "mlp hidden=" + hidden + " batch=" + batch + " adam lr=" + learningRate + " l2=" + l2 + " dropout="
                    + dropout + (groupDropout > 0 ? " group-dropout=" + groupDropout : "") + " positive="
                    + positiveWeight + " epochs<=" + maxEpochs + " checks/epoch=" + checksPerEpoch + " patience="
                    + patience + " seed=" + seed;
        }
    }

    /** Inputs {@code [from, to)}, dropped together by {@link Settings#groupDropout}. */
    public record Group(int from, int to) {
        public static final Group NONE = new Group(0, 0);

        boolean contains(int j) {
            return j >= from && j < to;
        }
    }

    /** The network at the best check on the held-out rows, and when training stopped (checks are counted from 1). */
    public record Result(Mlp network, int bestCheck, int checks, double heldOutLoss) {
    }

    /**
     * @param x       one row of inputs per example; standardized in place (callers pass a copy they no longer need)
     * @param y       per example, whether each output is positive
     * @param heldOut rows kept out of the gradient to choose when to stop (at least one should be true; without
     *                any, the last network is returned)
     * @param group   the inputs {@link Settings#groupDropout} drops together
     * @param log     told each check's held-out loss
     */
    public static Result fit(float[][] x, boolean[][] y, boolean[] heldOut, Group group, Settings s,
                             Consumer<String> log) {
        int inputs = x[0].length;
        int outputs = y[0].length;
        float[] mean = new float[inputs];
        float[] scale = new float[inputs];
        standardize(x, mean, scale);
        int[] train = IntStream.range(0, x.length).filter(i -> !heldOut[i]).toArray();
        int[] held = IntStream.range(0, x.length).filter(i -> heldOut[i]).toArray();
        Params p = Params.initial(inputs, s.hidden(), outputs, y, train, new SplittableRandom(s.seed()));
        Params m = p.zeros();
        Params v = p.zeros();
        Params[] chunks = new Params[CHUNKS];
        Arrays.setAll(chunks, c -> p.zeros());
        SplittableRandom shuffle = new SplittableRandom(s.seed() + 1);
        Params best = p.copy();
        double bestLoss = Double.POSITIVE_INFINITY;
        int batches = (train.length + s.batch() - 1) / s.batch();
        int bestCheck = 0;
        int check = 0;
        long step = 0;
        for (int epoch = 1; epoch <= s.maxEpochs() && (check - bestCheck < s.patience() || held.length == 0); epoch++) {
            shuffle(train, shuffle);
            for (int b = 0; b < batches && (check - bestCheck < s.patience() || held.length == 0); b++) {
                int from = b * s.batch();
                int size = Math.min(s.batch(), train.length - from);
                int e = epoch;
                IntStream.range(0, CHUNKS).parallel().forEach(c -> {
                    chunks[c].clear();
                    for (int r = from + c * size / CHUNKS; r < from + (c + 1) * size / CHUNKS; r++) {
                        accumulate(p, chunks[c], x[train[r]], y[train[r]], s, group, 1.0f / size,
                                new SplittableRandom(s.seed() * 0x9E3779B97F4A7C15L + e * 1_000_003L + train[r]));
                    }
                });
                for (int c = 1; c < CHUNKS; c++) {
                    chunks[0].add(chunks[c]);
                }
                adam(p, chunks[0], m, v, s, ++step);
                if ((long) (b + 1) * s.checksPerEpoch() / batches != (long) b * s.checksPerEpoch() / batches) {
                    check++;
                    double loss = held.length == 0 ? Double.NaN : loss(p, x, y, held, s.positiveWeight());
                    log.accept(String.format(java.util.Locale.ROOT, "epoch %d, check %d: held-out loss %.5f", epoch,
                            check, loss));
                    if (held.length == 0 || loss < bestLoss) {
                        bestLoss = loss;
                        bestCheck = check;
                        best = p.copy();
                    }
                }
            }
        }
        return new Result(best.unstandardized(mean, scale), bestCheck, check, bestLoss);
    }

    private static void standardize(float[][] x, float[] mean, float[] scale) {
        double[] sum = new double[mean.length];
        double[] squares = new double[mean.length];
        for (float[] row : x) {
            for (int j = 0; j < row.length; j++) {
                sum[j] += row[j];
                squares[j] += (double) row[j] * row[j];
            }
        }
        for (int j = 0; j < mean.length; j++) {
            double mu = sum[j] / x.length;
            mean[j] = (float) mu;
            scale[j] = (float) (Math.sqrt(Math.max(squares[j] / x.length - mu * mu, 0)) + 1e-6);
        }
        for (float[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = (row[j] - mean[j]) / scale[j];
            }
        }
    }

    static void shuffle(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /**
     * Adds one example's gradient of the weighted log-loss, times {@code share}, to {@code g}. The group is dropped
     * before the hidden units' masks are drawn, and only when group dropout is on: without it, the masks are the
     * ones drawn before group dropout existed.
     */
    private static void accumulate(Params p, Params g, float[] x, boolean[] y, Settings s, Group group, float share,
                                   SplittableRandom dropout) {
        int hidden = p.b1.length;
        int outputs = p.b2.length;
        float keep = (float) (1 - s.dropout());
        Group dropped = s.groupDropout() > 0 && dropout.nextDouble() < s.groupDropout() ? group : Group.NONE;
        float[] a = hidden(p, x, dropped);
        for (int h = 0; h < hidden; h++) {
            boolean kept = dropout.nextDouble() < keep;
            a[h] = a[h] > 0 && kept ? a[h] / keep : 0;
        }
        float[] delta = new float[hidden];
        for (int k = 0; k < outputs; k++) {
            double z = p.b2[k];
            for (int h = 0; h < hidden; h++) {
                z += a[h] * p.w2[h * outputs + k];
            }
            double prob = 1 / (1 + Math.exp(-z));
            float error = (float) ((prob - (y[k] ? 1 : 0)) * (y[k] ? s.positiveWeight() : 1)) * share;
            g.b2[k] += error;
            for (int h = 0; h < hidden; h++) {
                if (a[h] > 0) {
                    g.w2[h * outputs + k] += a[h] * error;
                    delta[h] += p.w2[h * outputs + k] * error / keep;
                }
            }
        }
        for (int h = 0; h < hidden; h++) {
            g.b1[h] += delta[h];
        }
        for (int j = 0; j < x.length; j++) {
            if (dropped.contains(j)) {
                continue;
            }
            float xj = x[j];
            int row = j * hidden;
            for (int h = 0; h < hidden; h++) {
                g.w1[row + h] += xj * delta[h];
            }
        }
    }

    /** The hidden layer's pre-activations, with the inputs of {@code dropped} at their mean (zero). */
    private static float[] hidden(Params p, float[] x, Group dropped) {
        int hidden = p.b1.length;
        float[] a = p.b1.clone();
        for (int j = 0; j < x.length; j++) {
            if (dropped.contains(j)) {
                continue;
            }
            float xj = x[j];
            int row = j * hidden;
            for (int h = 0; h < hidden; h++) {
                a[h] += xj * p.w1[row + h];
            }
        }
        return a;
    }

    private static double loss(Params p, float[][] x, boolean[][] y, int[] rows, double positiveWeight) {
        int hidden = p.b1.length;
        int outputs = p.b2.length;
        double total = IntStream.of(rows).parallel().mapToDouble(i -> {
            float[] a = hidden(p, x[i], Group.NONE);
            double sum = 0;
            for (int k = 0; k < outputs; k++) {
                double z = p.b2[k];
                for (int h = 0; h < hidden; h++) {
                    z += Math.max(a[h], 0) * p.w2[h * outputs + k];
                }
                sum += weightedLogLoss(z, y[i][k], positiveWeight);
            }
            return sum;
        }).sum();
        return total / rows.length;
    }

    /** The log-loss of logit {@code z}, times {@code positiveWeight} for a positive. */
    static double weightedLogLoss(double z, boolean positive, double positiveWeight) {
        // log(1 + e^-z) for a positive, log(1 + e^z) for a negative, computed without overflow
        double margin = positive ? z : -z;
        return (positive ? positiveWeight : 1) * (Math.max(-margin, 0) + Math.log1p(Math.exp(-Math.abs(margin))));
    }

    /**
     * Each output's base rate among the training rows as a logit (with one pseudo-count each way): a starting bias
     * from which the first steps learn signals, not how rare they are.
     */
    static float[] baseRateLogits(boolean[][] y, int[] train, int outputs) {
        float[] bias = new float[outputs];
        for (int k = 0; k < outputs; k++) {
            int positives = 0;
            for (int i : train) {
                positives += y[i][k] ? 1 : 0;
            }
            double rate = (positives + 1.0) / (train.length + 2.0);
            bias[k] = (float) Math.log(rate / (1 - rate));
        }
        return bias;
    }

    private static void adam(Params p, Params g, Params m, Params v, Settings s, long step) {
        double correction1 = 1 - Math.pow(BETA1, step);
        double correction2 = 1 - Math.pow(BETA2, step);
        update(p.w1, g.w1, m.w1, v.w1, s, correction1, correction2, s.l2());
        update(p.b1, g.b1, m.b1, v.b1, s, correction1, correction2, 0);
        update(p.w2, g.w2, m.w2, v.w2, s, correction1, correction2, s.l2());
        update(p.b2, g.b2, m.b2, v.b2, s, correction1, correction2, 0);
    }

    private static void update(float[] w, float[] g, float[] m, float[] v, Settings s, double c1, double c2,
                               double l2) {
        float lr = (float) (s.learningRate() * Math.sqrt(c2) / c1);
        float eps = (float) (EPSILON * Math.sqrt(c2));
        for (int i = 0; i < w.length; i++) {
            float gi = g[i] + (float) l2 * w[i];
            m[i] = (float) (BETA1 * m[i] + (1 - BETA1) * gi);
            v[i] = (float) (BETA2 * v[i] + (1 - BETA2) * gi * gi);
            w[i] -= lr * m[i] / ((float) Math.sqrt(v[i]) + eps);
        }
    }

    /** The network's weights (or their gradients or Adam moments) over standardized inputs. */
    private record Params(float[] w1, float[] b1, float[] w2, float[] b2) {

        static Params initial(int inputs, int hidden, int outputs, boolean[][] y, int[] train, SplittableRandom r) {
            float[] w1 = new float[inputs * hidden];
            float[] w2 = new float[hidden * outputs];
            double he = Math.sqrt(2.0 / inputs);
            double glorot = Math.sqrt(1.0 / hidden);
            for (int i = 0; i < w1.length; i++) {
                w1[i] = (float) (gaussian(r) * he);
            }
            for (int i = 0; i < w2.length; i++) {
                w2[i] = (float) (gaussian(r) * glorot);
            }
            return new Params(w1, new float[hidden], w2, baseRateLogits(y, train, outputs));
        }

        private static double gaussian(SplittableRandom r) {
            double u = 1 - r.nextDouble();
            return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
        }

        Params zeros() {
            return new Params(new float[w1.length], new float[b1.length], new float[w2.length], new float[b2.length]);
        }

        Params copy() {
            return new Params(w1.clone(), b1.clone(), w2.clone(), b2.clone());
        }

        void clear() {
            Arrays.fill(w1, 0);
            Arrays.fill(b1, 0);
            Arrays.fill(w2, 0);
            Arrays.fill(b2, 0);
        }

        void add(Params o) {
            for (int i = 0; i < w1.length; i++) {
                w1[i] += o.w1[i];
            }
            for (int i = 0; i < b1.length; i++) {
                b1[i] += o.b1[i];
            }
            for (int i = 0; i < w2.length; i++) {
                w2[i] += o.w2[i];
            }
            for (int i = 0; i < b2.length; i++) {
                b2[i] += o.b2[i];
            }
        }

        /** The same network over raw inputs: {@code w·(x - mean)/scale + b = (w/scale)·x + (b - Σ w·mean/scale)}. */
        Mlp unstandardized(float[] mean, float[] scale) {
            int hidden = b1.length;
            float[] raw = new float[w1.length];
            double[] bias = new double[hidden];
            for (int h = 0; h < hidden; h++) {
                bias[h] = b1[h];
            }
            for (int j = 0; j < mean.length; j++) {
                for (int h = 0; h < hidden; h++) {
                    raw[j * hidden + h] = w1[j * hidden + h] / scale[j];
                    bias[h] -= (double) raw[j * hidden + h] * mean[j];
                }
            }
            float[] b = new float[hidden];
            for (int h = 0; h < hidden; h++) {
                b[h] = (float) bias[h];
            }
            return new Mlp(mean.length, hidden, b2.length, raw, b, w2.clone(), b2.clone());
        }
    }
}
