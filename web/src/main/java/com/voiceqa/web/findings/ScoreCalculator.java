package com.voiceqa.web.findings;

import com.voiceqa.rules.DimensionScore;
import tools.jackson.core.type.TypeReference;

import java.util.ArrayList;
import java.util.List;

/**
 * The score after reviews: a finding judged wrong gives its points back to its dimension, and a veto judged wrong no
 * longer zeroes the call. Dimension scores stay within 0..max, as the rule engine keeps them.
 */
public final class ScoreCalculator {

    /** The stored form of the rules' dimension scores ({@code calls.dimensions_json}). */
    public static final TypeReference<List<DimensionScore>> DIMENSIONS = new TypeReference<>() {
    };

    private ScoreCalculator() {
    }

    public static Result rescore(List<DimensionScore> dimensions, List<HitView> hits) {
        double total = 0;
        List<DimensionScore> reviewed = new ArrayList<>();
        for (DimensionScore dimension : dimensions) {
            double returned = hits.stream()
                    .filter(h -> !h.counts() && h.dimension().equals(dimension.dimension()))
                    .mapToDouble(HitView::points).sum();
            double score = Math.clamp(dimension.score() - returned, 0, dimension.max());
            reviewed.add(new DimensionScore(dimension.dimension(), score, dimension.max(), dimension.ruleIds()));
            total += score;
        }
        String vetoedBy = hits.stream().filter(h -> h.veto() && h.counts()).map(HitView::ruleName).findFirst()
                .orElse(null);
        return new Result(vetoedBy != null ? 0 : total, vetoedBy != null, vetoedBy, reviewed);
    }

    /**
     * @param vetoedBy   the name of the veto rule that zeroes the score, or null
     * @param dimensions the dimension scores after reviews (they add up to the score unless vetoed)
     */
    public record Result(double score, boolean vetoed, String vetoedBy, List<DimensionScore> dimensions) {
    }
}
