package com.voiceqa.rules.risk;

import com.voiceqa.rules.semantic.Standardization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Trains a {@link CallRiskModel} by full-batch gradient descent (deterministic: the same examples give the same
 * model). The level is fitted with the all-threshold ordinal loss (one logistic per cut point sharing the score), or
 * as a multinomial logistic ({@link LevelKind#MULTINOMIAL}, a {@link SoftmaxLevel}),
 * the reporting logistic on every (call, category) that has a finding, labeled by whether the gold labels have a
 * signal of that category in the call; its threshold is the one that maximizes that F1 on the training calls. The
 * turn logistic is fitted on every turn of every (call, category) that has a finding and a signal of that category in
 * the gold labels, labeled by whether the gold labels point at that turn; its threshold maximizes the turn F1 of
 * those pairs with each pair's likeliest turn always kept (as {@link CallRiskModel} decides).
 */
public final class CallRiskTrainer {

    static final int ITERATIONS = 3000;
    static final double LEARNING_RATE = 0.2;
    /** Per-example L2 penalty on the standardized weights. */
    static final double L2 = 0.01;
    /**
     * Share of risk-free training calls the level may alarm on: the largest of 0.10 / 0.12 / 0.15 / 0.20 whose
     * cross-validated false alarms stayed below the gate's (docs/packs-history.md, "The call-level risk model").
     */
    public static final double FALSE_ALARM_BUDGET = 0.15;

    private CallRiskTrainer() {
    }

    /**
     * One training call: what it says, its gold risk level (0 none … 3 high) and the gold signals' turns by category
     * (the categories it has signals of are the keys).
     */
    public record Example(CallSignals signals, int level, Map<String, Set<Integer>> turns) {
        public Example {
            turns = Map.copyOf(turns);
        }

        public Set<String> categories() {
            return turns.keySet();
        }
    }

    /** How the level is read: one ordinal score with cut points, or a softmax over one score per level. */
    public enum LevelKind { ORDINAL, MULTINOMIAL }

    /**
     * How the reporting threshold is chosen: one for all categories, maximizing the F1 of the (call, category) rows;
     * or one per category, maximizing that category's F1 over (call, category, turn) signals, the scorer's unit and
     * the terms of its macro mean.
     */
    public enum ThresholdScope { POOLED, PER_CATEGORY }

    /**
     * How the reporting logistic is made: its threshold's scope, and which of {@link RiskFeatures#OPTIONAL_CATEGORY}
     * it reads, in that order.
     */
    public record Reporting(ThresholdScope thresholds, List<String> inputs) {
        /** As in every model shipped so far: one threshold, no optional inputs. */
        public static final Reporting SHIPPED = new Reporting(ThresholdScope.POOLED, List.of());

        public Reporting {
            inputs = List.copyOf(inputs);
            RiskFeatures.requireOptional(inputs);
        }
    }

    public static String settings(LevelKind kind, double falseAlarmBudget, Double lowThreshold,
                                  CallRiskModel.Unreported unreported, Reporting reporting) {
        return (kind == LevelKind.ORDINAL ? "ordinal all-threshold" : "multinomial") + " + logistic,"
                + " gradient descent iterations=" + ITERATIONS + " lr=" + LEARNING_RATE
                + " l2=" + L2 + " false-alarm budget=" + falseAlarmBudget
                + (lowThreshold == null ? "" : " early-warning threshold=" + lowThreshold)
                + (unreported == CallRiskModel.Unreported.LIKELIEST ? "" : " unreported=" + unreported)
                + (reporting.thresholds() == ThresholdScope.POOLED ? "" : " reporting thresholds per category")
                + (reporting.inputs().isEmpty() ? ""
                        : " reporting also reads " + String.join(",", reporting.inputs()));
    }

    public static CallRiskModel train(String name, String version, List<String> categories, List<Example> examples) {
        return train(name, version, categories, examples, FALSE_ALARM_BUDGET);
    }

    /** @param falseAlarmBudget share of risk-free training calls the level may alarm on (see {@link #FALSE_ALARM_BUDGET}) */
    public static CallRiskModel train(String name, String version, List<String> categories, List<Example> examples,
                                      double falseAlarmBudget) {
        return fit(categories, examples).model(name, version, falseAlarmBudget, null,
                CallRiskModel.Unreported.LIKELIEST);
    }

    /**
     * The fitted level before a false-alarm budget places its none threshold: the ordinal score, its fitted cuts and
     * the level scores of the risk-free training calls (highest first), or the softmax's scores and the risk-free
     * training calls' probabilities of none (lowest first).
     */
    public sealed interface LevelFit permits OrdinalFit, SoftmaxFit {
    }

    public record OrdinalFit(Linear score, double[] cuts, double[] riskFree) implements LevelFit {
    }

    public record SoftmaxFit(List<Linear> scores, double[] riskFreeNone, double[] floor, double[] ceiling)
            implements LevelFit {
    }

    /**
     * The fitted level and reporting logistic, before a false-alarm budget moves the cut points and an early-warning
     * threshold is set: neither changes the fit, so choosing them (cv-risk's nested choice) fits once per fold.
     */
    public record Fit(List<String> categories, LevelFit level, Reporting reporting, Linear signal, double threshold,
                      Map<String, Double> categoryThresholds, Linear turn, Double turnThreshold, int calls,
                      int categoryRows) {

        /**
         * @param falseAlarmBudget share of risk-free training calls the level may alarm on
         * @param lowThreshold     the early-warning threshold ({@link CallRiskModel#lowThreshold}), null for none
         * @param unreported       what becomes of a call at risk with no category at the reporting threshold
         */
        public CallRiskModel model(String name, String version, double falseAlarmBudget, Double lowThreshold,
                                   CallRiskModel.Unreported unreported) {
            if (!(falseAlarmBudget >= 0 && falseAlarmBudget <= 1)) {
                throw new IllegalArgumentException("the false-alarm budget is a share between 0 and 1, not "
                        + falseAlarmBudget);
            }
            Map<String, Object> training = new LinkedHashMap<>();
            training.put("calls", calls);
            training.put("category_rows", categoryRows);
            Linear ordinal = null;
            double[] cuts = null;
            SoftmaxLevel softmax = null;
            switch (level) {
                case OrdinalFit o -> {
                    ordinal = o.score();
                    cuts = withinFalseAlarmBudget(o.cuts(), o.riskFree(), falseAlarmBudget);
                }
                case SoftmaxFit f -> softmax = new SoftmaxLevel(f.scores(),
                        noneBelow(f.riskFreeNone(), falseAlarmBudget), f.floor(), f.ceiling());
            }
            training.put("settings", settings(softmax == null ? LevelKind.ORDINAL : LevelKind.MULTINOMIAL,
                    falseAlarmBudget, lowThreshold, unreported, reporting));
            return new CallRiskModel(name, version, categories, RiskFeatures.levelNames(categories), ordinal, cuts,
                    softmax, RiskFeatures.categoryNames(categories, reporting.inputs()), signal, threshold,
                    categoryThresholds,
                    lowThreshold,
                    unreported, turn == null ? null : RiskFeatures.turnNames(categories), turn, turnThreshold,
                    training);
        }
    }

    /** The ordinal level, with the turn logistic when the examples' signals describe their turns. */
    public static Fit fit(List<String> categories, List<Example> examples) {
        return fit(categories, examples, true, LevelKind.ORDINAL);
    }

    /**
     * @param pointTurns whether to fit the turn logistic (when the signals describe their turns); without it the model
     *                   points at every turn of a reported category
     * @param kind       how the level is read
     */
    public static Fit fit(List<String> categories, List<Example> examples, boolean pointTurns, LevelKind kind) {
        return fit(categories, examples, pointTurns, kind, Reporting.SHIPPED);
    }

    /** @param reporting how the reporting logistic is made */
    public static Fit fit(List<String> categories, List<Example> examples, boolean pointTurns, LevelKind kind,
                          Reporting reporting) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training calls");
        }
        double[][] x = examples.stream().map(e -> RiskFeatures.level(e.signals())).toArray(double[][]::new);
        int[] y = examples.stream().mapToInt(Example::level).toArray();
        LevelFit level = kind == LevelKind.ORDINAL ? ordinal(x, y) : softmax(x, y);

        List<double[]> cx = new ArrayList<>();
        List<Boolean> cy = new ArrayList<>();
        for (Example e : examples) {
            for (int c = 0; c < categories.size(); c++) {
                if (e.signals().categories().get(c).found()) {
                    cx.add(RiskFeatures.category(e.signals(), c, reporting.inputs()));
                    cy.add(e.categories().contains(categories.get(c)));
                }
            }
        }
        Linear signal = logistic(cx.toArray(double[][]::new), cy);
        TurnRows turns = pointTurns ? TurnRows.of(categories, examples) : TurnRows.NONE;
        Linear turn = turns.x().isEmpty() ? null : logistic(turns.x().toArray(double[][]::new), turns.y());
        return new Fit(List.copyOf(categories), level, reporting, signal, bestThreshold(signal, cx, cy),
                reporting.thresholds() == ThresholdScope.POOLED ? null
                        : categoryThresholds(categories, examples, signal, reporting.inputs()), turn,
                turn == null ? null : turns.bestThreshold(turn), examples.size(), cx.size());
    }

    /**
     * Each category's reporting threshold: the one whose reported turns have the highest F1 against that category's
     * gold turns. A reported category points at every turn holding a finding (the turn logistic is not consulted:
     * it is fitted on reported pairs, after this choice), and gold turns of calls where the category has no finding
     * are misses at every threshold.
     */
    static Map<String, Double> categoryThresholds(List<String> categories, List<Example> examples, Linear signal,
                                                  List<String> inputs) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int c = 0; c < categories.size(); c++) {
            List<double[]> found = new ArrayList<>();
            int neverFound = 0;
            for (Example e : examples) {
                Set<Integer> gold = e.turns().getOrDefault(categories.get(c), Set.of());
                CategorySignals signals = e.signals().categories().get(c);
                if (!signals.found()) {
                    neverFound += gold.size();
                    continue;
                }
                int hits = (int) signals.turns().stream().filter(gold::contains).count();
                double p = Linear.sigmoid(signal.score(RiskFeatures.category(e.signals(), c, inputs)));
                found.add(new double[]{p, hits, signals.turns().size() - hits, gold.size()});
            }
            int misses = neverFound;
            out.put(categories.get(c), bestThreshold(threshold -> {
                int[] counts = {0, 0, misses};
                for (double[] f : found) {
                    boolean reported = f[0] >= threshold;
                    counts[0] += reported ? (int) f[1] : 0;
                    counts[1] += reported ? (int) f[2] : 0;
                    counts[2] += (int) (reported ? f[3] - f[1] : f[3]);
                }
                return counts;
            }));
        }
        return out;
    }

    /** The all-threshold ordinal fit of levels {@code y} on level features {@code x}. */
    private static OrdinalFit ordinal(double[][] x, int[] y) {
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
        return new OrdinalFit(level, cuts, riskFree);
    }

    /**
     * The multinomial logistic of levels {@code y} on level features {@code x}: one score per level, the softmax's
     * cross-entropy, the same iterations, learning rate and L2 as the ordinal fit.
     */
    private static SoftmaxFit softmax(double[][] x, int[] y) {
        double[] mean = new double[x[0].length];
        double[] scale = new double[x[0].length];
        double[][] z = standardized(x, mean, scale);
        int levels = 4;
        double[][] w = new double[levels][x[0].length];
        double[] bias = new double[levels];
        double[] p = new double[levels];
        for (int it = 0; it < ITERATIONS; it++) {
            double[][] gw = new double[levels][x[0].length];
            double[] gb = new double[levels];
            for (int i = 0; i < z.length; i++) {
                for (int k = 0; k < levels; k++) {
                    p[k] = dot(w[k], z[i]) + bias[k];
                }
                SoftmaxLevel.softmaxInPlace(p);
                for (int k = 0; k < levels; k++) {
                    double residual = p[k] - (y[i] == k ? 1 : 0);
                    gb[k] += residual;
                    for (int j = 0; j < z[i].length; j++) {
                        gw[k][j] += residual * z[i][j];
                    }
                }
            }
            for (int k = 0; k < levels; k++) {
                step(w[k], gw[k], z.length);
                bias[k] -= LEARNING_RATE * gb[k] / z.length;
            }
        }
        List<Linear> scores = IntStream.range(0, levels).mapToObj(k -> new Linear(mean, scale, w[k], bias[k]))
                .toList();
        double[] floor = IntStream.range(0, x[0].length)
                .mapToDouble(j -> java.util.Arrays.stream(x).mapToDouble(row -> row[j]).min().orElseThrow()).toArray();
        double[] ceiling = IntStream.range(0, x[0].length)
                .mapToDouble(j -> java.util.Arrays.stream(x).mapToDouble(row -> row[j]).max().orElseThrow()).toArray();
        SoftmaxLevel beforeBudget = new SoftmaxLevel(scores, 1, floor, ceiling);
        double[] riskFreeNone = IntStream.range(0, x.length).filter(i -> y[i] == 0)
                .mapToDouble(i -> beforeBudget.probabilities(x[i])[0]).sorted().toArray();
        return new SoftmaxFit(scores, riskFreeNone, floor, ceiling);
    }

    /**
     * The turn logistic's training rows: every turn of a (call, category) that has findings with turn signals and is
     * labeled; {@code pairs} holds each pair's row indexes, for the threshold that keeps each pair's likeliest turn.
     */
    private record TurnRows(List<double[]> x, List<Boolean> y, List<int[]> pairs) {

        static final TurnRows NONE = new TurnRows(List.of(), List.of(), List.of());

        static TurnRows of(List<String> categories, List<Example> examples) {
            TurnRows rows = new TurnRows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (Example e : examples) {
                for (int c = 0; c < categories.size(); c++) {
                    CategorySignals signals = e.signals().categories().get(c);
                    Set<Integer> gold = e.turns().get(categories.get(c));
                    if (gold == null || signals.turnSignals().isEmpty()) {
                        continue;
                    }
                    int[] pair = new int[signals.turnSignals().size()];
                    for (int t = 0; t < pair.length; t++) {
                        TurnSignals turn = signals.turnSignals().get(t);
                        pair[t] = rows.x().size();
                        rows.x().add(RiskFeatures.turn(e.signals(), c, turn));
                        rows.y().add(gold.contains(turn.turn()));
                    }
                    rows.pairs().add(pair);
                }
            }
            return rows;
        }

        double bestThreshold(Linear turn) {
            double[] p = x.stream().mapToDouble(row -> Linear.sigmoid(turn.score(row))).toArray();
            return CallRiskTrainer.bestThreshold(threshold -> {
                int[] counts = new int[3];
                for (int[] pair : pairs) {
                    boolean[] pointed = CallRiskModel.pointedAt(Arrays.stream(pair).mapToDouble(i -> p[i]).toArray(),
                            threshold);
                    for (int t = 0; t < pair.length; t++) {
                        count(counts, pointed[t], y.get(pair[t]));
                    }
                }
                return counts;
            });
        }
    }

    /**
     * The threshold among 0.20, 0.25 … 0.80 whose decisions have the highest F1 ({@code counts}: true positives,
     * false positives and false negatives at a threshold); the lowest of equals.
     */
    private static double bestThreshold(java.util.function.DoubleFunction<int[]> counts) {
        double best = 0.5;
        double bestF1 = -1;
        for (int t = 20; t <= 80; t += 5) {
            double threshold = t / 100.0;
            int[] c = counts.apply(threshold);
            double f1 = c[0] == 0 ? 0 : 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
            if (f1 > bestF1) {
                bestF1 = f1;
                best = threshold;
            }
        }
        return best;
    }

    private static void count(int[] counts, boolean predicted, boolean gold) {
        counts[0] += predicted && gold ? 1 : 0;
        counts[1] += predicted && !gold ? 1 : 0;
        counts[2] += !predicted && gold ? 1 : 0;
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

    /**
     * The softmax level's none threshold: at most {@code budget} of the risk-free training calls have a probability of
     * none below it ({@code riskFreeNone} lowest first). The same rule as the ordinal cut, on the other scale.
     */
    private static double noneBelow(double[] riskFreeNone, double budget) {
        int allowed = (int) Math.floor(budget * riskFreeNone.length);
        return allowed >= riskFreeNone.length ? 1 : riskFreeNone[allowed];
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
        double[] p = x.stream().mapToDouble(row -> Linear.sigmoid(signal.score(row))).toArray();
        return bestThreshold(threshold -> {
            int[] counts = new int[3];
            for (int i = 0; i < p.length; i++) {
                count(counts, p[i] >= threshold, y.get(i));
            }
            return counts;
        });
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
