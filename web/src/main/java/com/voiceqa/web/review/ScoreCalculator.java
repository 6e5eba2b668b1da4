package com.voiceqa.web.review;

import com.voiceqa.rules.DimensionScore;

import java.util.List;

/**
 * The score after reviews: a finding judged wrong gives its points back to its dimension, and a veto judged wrong no
 * longer zeroes the call. Dimension scores stay within 0..max, as the rule engine keeps them.
 */
public final class ScoreCalculator {

    private ScoreCalculator() {
    }

    public static Result rescore(List<DimensionScore> dimensions, List<HitView> hits) {
        double total = 0;
        for (DimensionScore dimension : dimensions) {
            double returned = hits.stream()
                    .filter(h -> !h.counts() && h.dimension().equals(dimension.dimension()))
                    .mapToDouble(HitView::points).sum();
            total += Math.clamp(dimension.score() - returned, 0, dimension.max());
        }
        boolean vetoed = hits.stream().anyMatch(h -> h.veto() && h.counts());
        return new Result(vetoed ? 0 : total, vetoed);
    }

    public record Result(double score, boolean vetoed) {
    }
}
