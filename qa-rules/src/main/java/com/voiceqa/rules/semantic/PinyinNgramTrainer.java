package com.voiceqa.rules.semantic;

import com.voiceqa.rules.semantic.ClauseModelTrainer.Example;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Fits a {@link PinyinNgramModel}: one logistic regression per label over the examples' {@link PinyinNgrams} and
 * speaker role, by stochastic gradient descent with AdaGrad step sizes (a rare n-gram learns as fast as a common one),
 * positives weighted as in the heads ({@link ClauseModelTrainer#POSITIVE_WEIGHT}), an L2 penalty on the n-gram weights
 * an example touches, and early stopping on the context head's held-out slice of training calls
 * ({@link ContextHeadTraining#heldOut}; never a measured fold). Single-threaded and seeded: the same examples give
 * the same model. The settings were fixed before any measurement.
 */
final class PinyinNgramTrainer {

    static final double LEARNING_RATE = 1.0;
    static final double L2 = 1e-4;
    static final int MAX_EPOCHS = 10;
    static final int PATIENCE = 2;
    static final long SEED = 1;

    private PinyinNgramTrainer() {
    }

    /** The settings as text, for a model's provenance and the fold models' keys. */
    static String settings(boolean negationMarks) {
        return "pinyin-ngrams bits=" + PinyinNgrams.BITS + " n<=" + PinyinNgrams.LONGEST + " signed l2-normalized"
                + (negationMarks ? " negation-marked" : "")
                + " sgd adagrad lr=" + LEARNING_RATE + " l2=" + L2 + " positive=" + ClauseModelTrainer.POSITIVE_WEIGHT
                + " epochs<=" + MAX_EPOCHS + " patience=" + PATIENCE + " seed=" + SEED + " combine=mean";
    }

    static PinyinNgramModel fit(List<String> labels, List<Example> examples, boolean negationMarks,
                                Consumer<String> log) {
        int n = examples.size();
        int labelCount = labels.size();
        Map<String, PinyinNgrams.Vector> distinct = new HashMap<>();
        PinyinNgrams.Vector[] x = new PinyinNgrams.Vector[n];
        boolean[] customer = new boolean[n];
        boolean[][] y = new boolean[n][labelCount];
        for (int i = 0; i < n; i++) {
            Example e = examples.get(i);
            x[i] = distinct.computeIfAbsent(e.text(), text -> PinyinNgrams.of(text, negationMarks));
            customer[i] = e.customer();
            for (int k = 0; k < labelCount; k++) {
                y[i][k] = e.labels().contains(labels.get(k));
            }
        }
        int[] train = IntStream.range(0, n).filter(i -> !ContextHeadTraining.heldOut(examples.get(i))).toArray();
        int[] held = IntStream.range(0, n).filter(i -> ContextHeadTraining.heldOut(examples.get(i))).toArray();
        Weights w = new Weights(labels, MlpTrainer.baseRateLogits(y, train, labelCount), negationMarks);
        SplittableRandom shuffle = new SplittableRandom(SEED);
        PinyinNgramModel best = w.snapshot();
        double bestLoss = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        for (int epoch = 1; epoch <= MAX_EPOCHS && (epoch - bestEpoch <= PATIENCE || held.length == 0); epoch++) {
            MlpTrainer.shuffle(train, shuffle);
            for (int i : train) {
                w.step(x[i], customer[i], y[i]);
            }
            double loss = held.length == 0 ? Double.NaN : loss(w.live, x, customer, y, held);
            log.accept(String.format(java.util.Locale.ROOT, "pinyin n-grams: epoch %d, held-out loss %.5f", epoch,
                    loss));
            if (held.length == 0 || loss < bestLoss) {
                bestLoss = loss;
                bestEpoch = epoch;
                best = w.snapshot();
            }
        }
        log.accept("pinyin n-grams: best epoch " + bestEpoch);
        return best;
    }

    /** The weights being fitted, their AdaGrad sums of squared gradients, and a model reading them as they are. */
    private static final class Weights {
        final float[] vector;
        final float[] speaker;
        final float[] bias;
        final double[] vectorSquares;
        final double[] speakerSquares;
        final double[] biasSquares;
        final PinyinNgramModel live;

        Weights(List<String> labels, float[] bias, boolean negationMarks) {
            this.vector = new float[labels.size() * PinyinNgrams.DIMENSIONS];
            this.speaker = new float[labels.size()];
            this.bias = bias;
            this.vectorSquares = new double[vector.length];
            this.speakerSquares = new double[speaker.length];
            this.biasSquares = new double[bias.length];
            this.live = new PinyinNgramModel(labels, vector, speaker, bias, negationMarks);
        }

        PinyinNgramModel snapshot() {
            return new PinyinNgramModel(live.labels(), vector.clone(), speaker.clone(), bias.clone(),
                    live.negationMarks());
        }

        /** One example's weighted log-loss gradient step for every label. */
        void step(PinyinNgrams.Vector x, boolean customer, boolean[] y) {
            for (int k = 0; k < y.length; k++) {
                double p = live.probability(k, x, customer);
                double error = (p - (y[k] ? 1 : 0)) * (y[k] ? ClauseModelTrainer.POSITIVE_WEIGHT : 1);
                int row = k * PinyinNgrams.DIMENSIONS;
                for (int j = 0; j < x.index().length; j++) {
                    int at = row + x.index()[j];
                    update(vector, vectorSquares, at, error * x.value()[j] + L2 * vector[at]);
                }
                if (customer) {
                    update(speaker, speakerSquares, k, error);
                }
                update(bias, biasSquares, k, error);
            }
        }

        private static void update(float[] w, double[] squares, int at, double gradient) {
            squares[at] += gradient * gradient;
            w[at] -= (float) (LEARNING_RATE * gradient / Math.sqrt(squares[at] + 1e-8));
        }
    }

    private static double loss(PinyinNgramModel model, PinyinNgrams.Vector[] x, boolean[] customer, boolean[][] y,
                               int[] rows) {
        double sum = 0;
        for (int i : rows) {
            for (int k = 0; k < y[i].length; k++) {
                sum += MlpTrainer.weightedLogLoss(model.logit(k, x[i], customer[i]), y[i][k],
                        ClauseModelTrainer.POSITIVE_WEIGHT);
            }
        }
        return sum / rows.length;
    }
}
