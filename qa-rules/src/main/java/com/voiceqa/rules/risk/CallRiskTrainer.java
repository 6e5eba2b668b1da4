package com.voiceqa.rules.risk;

import com.voiceqa.rules.semantic.Standardization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Trains a {@link CallRiskModel} by full-batch gradient descent (deterministic: the same examples give the same
 * model). The level is fitted with the all-threshold ordinal loss (one logistic per cut point sharing the score),
 * the reporting logistic on every (call, category) that has a finding, labeled by whether the gold labels have a
 * signal of that category in the call; its threshold is the one that maximizes that F1 on the training calls.
 */
public final class CallRiskTrainer {

    static final int ITERATIONS = 3000;
    static final double LEARNING_RATE = 0.2;
    /** Per-example L2 penalty on the standardized weights. */
    static final double L2 = 0.01;
    /**
     * Share of risk-free training calls the level may alarm on: the largest of 0.10 / 0.12 / 0.15 / 0.20 whose
     * cross-validated false alarms stayed below the gate's (docs/rules.md, "The call-level risk model").
     */
    public static final double FALSE_ALARM_BUDGET = 0.15;

    private CallRiskTrainer() {
    }

    /** One training call: what it says, and its gold risk level (0 none … 3 high) and signal categories. */
    public record Example(CallSignals signals, int level, Set<String> categories) {
    }

    public static String settings(double falseAlarmBudget, Double lowThreshold) {
        return "ordinal all-threshold + logistic, gradient descent iterations=" + ITERATIONS + " lr=" + LEARNING_RATE
                + " l2=" + L2 + " false-alarm budget=" + falseAlarmBudget
                + (lowThreshold == null ? "" : " early-warning threshold=" + lowThreshold);
    }

    public static CallRiskModel train(String name, String version, List<String> categories, List<Example> examples) {
        return train(name, version, categories, examples, FALSE_ALARM_BUDGET);
    }

    /** @param falseAlarmBudget share of risk-free training calls the level may alarm on (see {@link #FALSE_ALARM_BUDGET}) */
    public static CallRiskModel train(String name, String version, List<String> categories, List<Example> examples,
                                      double falseAlarmBudget) {
        return fit(categories, examples).model(name, version, falseAlarmBudget, null);
    }

    /**
     * The fitted level and reporting logistic, before a false-alarm budget moves the cut points and an early-warning
     * threshold is set: neither changes the fit, so choosing them (cv-risk's nested choice) fits once per fold.
     *
     * @param riskFree the level scores of the risk-free training calls, highest first
     */
    public record Fit(List<String> categories, Linear level, double[] cuts, double[] riskFree, Linear signal,
                      double threshold, int calls, int categoryRows) {

        /**
         * @param falseAlarmBudget share of risk-free training calls the level may alarm on
         * @param lowThreshold     the early-warning threshold ({@link CallRiskModel#lowThreshold}), null for none
         */
        public CallRiskModel model(String name, String version, double falseAlarmBudget, Double lowThreshold) {
            if (!(falseAlarmBudget >= 0 && falseAlarmBudget <= 1)) {
                throw new IllegalArgumentException("the false-alarm budget is a share between 0 and 1, not "
                        + falseAlarmBudget);
            }
            Map<String, Object> training = new LinkedHashMap<>();
            training.put("calls", calls);
            training.put("category_rows", categoryRows);
            training.put("settings", settings(falseAlarmBudget, lowThreshold));
            return new CallRiskModel(name, version, categories, RiskFeatures.levelNames(categories), level,
                    withinFalseAlarmBudget(cuts, riskFree, falseAlarmBudget), RiskFeatures.categoryNames(categories),
                    signal, threshold, lowThreshold, training);
        }
    }

    public static Fit fit(List<String> categories, List<Example> examples) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training calls");
        }
        double[][] x = examples.stream().map(e -> RiskFeatures.level(e.signals())).toArray(double[][]::new);
        int[] y = examples.stream().mapToInt(Example::level).toArray();
        double[] mean = new double[x[0].length];
        double[] scale = new double[x[0].length];
        double[][] z = standardized(x, mean, scale);
        double[] cuts = {-1, 0, 1};
        double[] w = new double[x[0].length];
        for (int it = 0; it < ITERATIONS; it++) {
            double[] gw = new double[w.length];
            double[] gc = new double[cuts.length];
            for (int i = 0; i < z.length; i++) {
                double s = dot(w, z[i]);
                double residuals = 0;
                for (int k = 0; k < cuts.length; k++) {
                    double residual = Linear.sigmoid(s - cuts[k]) - (y[i] > k ? 1 : 0);
                    residuals += residual;
                    gc[k] -= residual;
                }
                for (int j = 0; j < w.length; j++) {
                    gw[j] += residuals * z[i][j];
                }
            }
            step(w, gw, z.length);
            for (int k = 0; k < cuts.length; k++) {
                cuts[k] -= LEARNING_RATE * gc[k] / z.length;
            }
            java.util.Arrays.sort(cuts);
        }
        Linear level = new Linear(mean, scale, w, 0);
        double[] riskFree = IntStream.range(0, x.length).filter(i -> y[i] == 0).mapToDouble(i -> level.score(x[i]))
                .boxed().sorted(java.util.Collections.reverseOrder()).mapToDouble(Double::doubleValue).toArray();

        List<double[]> cx = new ArrayList<>();
        List<Boolean> cy = new ArrayList<>();
        for (Example e : examples) {
            for (int c = 0; c < categories.size(); c++) {
                if (e.signals().categories().get(c).found()) {
                    cx.add(RiskFeatures.category(e.signals(), c));
                    cy.add(e.categories().contains(categories.get(c)));
                }
            }
        }
        Linear signal = logistic(cx.toArray(double[][]::new), cy);
        return new Fit(List.copyOf(categories), level, cuts, riskFree, signal, bestThreshold(signal, cx, cy),
                examples.size(), cx.size());
    }

    /**
     * The fitted cuts with the none|low cut raised until at most {@code budget} of the risk-free training calls
     * score above it (the others follow, to stay in order): accuracy alone would buy the weak signals' {@code low}
     * with false alarms on the hard negatives, and an alarm on a healthy account costs more than a late weak warning.
     */
    private static double[] withinFalseAlarmBudget(double[] fitted, double[] riskFree, double budget) {
        double[] cuts = fitted.clone();
        if (riskFree.length == 0) {
            return cuts;
        }
        int allowed = (int) Math.floor(budget * riskFree.length);
        cuts[0] = Math.max(cuts[0], riskFree[Math.min(allowed, riskFree.length - 1)]);
        cuts[1] = Math.max(cuts[1], cuts[0]);
        cuts[2] = Math.max(cuts[2], cuts[1]);
        return cuts;
    }

    private static Linear logistic(double[][] x, List<Boolean> y) {
        double[] mean = new double[x[0].length];
        double[] scale = new double[x[0].length];
        double[][] z = standardized(x, mean, scale);
        double[] w = new double[x[0].length];
        double bias = 0;
        for (int it = 0; it < ITERATIONS; it++) {
            double[] gw = new double[w.length];
            double gb = 0;
            for (int i = 0; i < z.length; i++) {
                double residual = Linear.sigmoid(dot(w, z[i]) + bias) - (y.get(i) ? 1 : 0);
                for (int j = 0; j < w.length; j++) {
                    gw[j] += residual * z[i][j];
                }
                gb += residual;
            }
            step(w, gw, z.length);
            bias -= LEARNING_RATE * gb / z.length;
        }
        return new Linear(mean, scale, w, bias);
    }

    private static double bestThreshold(Linear signal, List<double[]> x, List<Boolean> y) {
        double best = 0.5;
        double bestF1 = -1;
        for (int t = 20; t <= 80; t += 5) {
            double threshold = t / 100.0;
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < x.size(); i++) {
                boolean reported = Linear.sigmoid(signal.score(x.get(i))) >= threshold;
                tp += reported && y.get(i) ? 1 : 0;
                fp += reported && !y.get(i) ? 1 : 0;
                fn += !reported && y.get(i) ? 1 : 0;
            }
            double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
            if (f1 > bestF1) {
                bestF1 = f1;
                best = threshold;
            }
        }
        return best;
    }

    private static void step(double[] w, double[] gradient, int n) {
        for (int j = 0; j < w.length; j++) {
            w[j] -= LEARNING_RATE * (gradient[j] / n + L2 * w[j]);
        }
    }

    /** A standardized copy of {@code x}, each column's mean and scale put in {@code mean}, {@code scale}. */
    private static double[][] standardized(double[][] x, double[] mean, double[] scale) {
        double[][] z = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            z[i] = x[i].clone();
        }
        Standardization.inPlace(z, mean, scale);
        return z;
    }

    private static double dot(double[] w, double[] z) {
        double s = 0;
        for (int j = 0; j < w.length; j++) {
            s += w[j] * z[j];
        }
        return s;
    }
}
