package com.voiceqa.rules.risk;

import java.util.List;

/**
 * The call's risk level read as a multinomial logistic: one linear score per level (none, low, medium, high) over the
 * {@link RiskFeatures#level} inputs, their softmax the levels' probabilities. The ordinal score puts {@code low}
 * between none and medium on one axis, and the false-alarm budget, raising the none|low cut towards the low|medium
 * cut, leaves {@code low} a narrow band of it; here {@code low} has its own direction (a lone weak sign in a healthy
 * call), and the budget only moves the threshold on the probability of none.
 * <p>Each input is first clamped to the range it had in training ({@code floor}, {@code ceiling}): a linear score
 * extrapolates without limit, and a call shorter than any training call (a two-turn call, the first turns of a live
 * call) would otherwise be read by where the length weight points, not by what was said (docs/packs-history.md,
 * "Stop 39").
 * <p>Invariants: four scores over the same inputs; a call is at risk only when its probability of none is below
 * {@code noneBelow} and none is not its likeliest level; its level is then the likeliest of low, medium and high
 * (the first of equals).
 *
 * @param scores    the levels' linear scores, none first
 * @param noneBelow the probability of none below which a call may be at risk: what the false-alarm budget allows on
 *                  the risk-free training calls
 * @param floor     each input's smallest value in training
 * @param ceiling   each input's largest value in training
 */
public record SoftmaxLevel(List<Linear> scores, double noneBelow, double[] floor, double[] ceiling) {

    public SoftmaxLevel {
        scores = List.copyOf(scores);
        if (scores.size() != 4) {
            throw new IllegalArgumentException("a softmax level needs one score per risk level (4), not "
                    + scores.size());
        }
        int features = scores.getFirst().weights().length;
        if (scores.stream().anyMatch(s -> s.weights().length != features)) {
            throw new IllegalArgumentException("the softmax level's scores must read the same features");
        }
        if (floor.length != features || ceiling.length != features) {
            throw new IllegalArgumentException("the softmax level needs a training range for each of its "
                    + features + " inputs");
        }
        if (!(noneBelow >= 0 && noneBelow <= 1)) {
            throw new IllegalArgumentException("the softmax level's none threshold is a probability, not "
                    + noneBelow);
        }
    }

    /** The levels' probabilities (none, low, medium, high) for the level features {@code x}. */
    public double[] probabilities(double[] x) {
        double[] within = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            within[j] = Math.clamp(x[j], floor[j], ceiling[j]);
        }
        double[] p = new double[scores.size()];
        for (int k = 0; k < p.length; k++) {
            p[k] = scores.get(k).score(within);
        }
        return softmaxInPlace(p);
    }

    /** The level (0 none … 3 high) for the level features {@code x}. */
    public int level(double[] x) {
        double[] p = probabilities(x);
        int atRisk = 1;
        for (int k = 2; k < p.length; k++) {
            atRisk = p[k] > p[atRisk] ? k : atRisk;
        }
        return p[0] < noneBelow && p[0] < p[atRisk] ? atRisk : 0;
    }

    /** Softmax of the scores {@code s}, in place (the largest is subtracted first, so that exp cannot overflow). */
    static double[] softmaxInPlace(double[] s) {
        double max = java.util.Arrays.stream(s).max().orElseThrow();
        double sum = 0;
        for (int k = 0; k < s.length; k++) {
            s[k] = Math.exp(s[k] - max);
            sum += s[k];
        }
        for (int k = 0; k < s.length; k++) {
            s[k] /= sum;
        }
        return s;
    }
}
