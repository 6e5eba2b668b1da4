package com.voiceqa.rules;

import com.voiceqa.rules.pack.PackKind;

import java.util.List;

/**
 * The result of evaluating all rule packs against one call.
 *
 * @param callId     the call
 * @param score      total quality score: the sum of the dimension scores, or 0 when a veto rule hit
 * @param maxScore   the best possible total
 * @param vetoed     whether a veto (critical) rule set the score to 0
 * @param dimensions per-dimension breakdown
 * @param hits       every finding of every pack, in pack and rule order
 * @param churnRisk  the call's churn risk derived from the churn-signal findings
 */
public record CallEvaluation(String callId, double score, double maxScore, boolean vetoed,
                             List<DimensionScore> dimensions, List<RuleHit> hits, ChurnRisk churnRisk) {
    public CallEvaluation {
        dimensions = List.copyOf(dimensions);
        hits = List.copyOf(hits);
    }

    /** Findings whose rule reports on this category (a churn category or a QA item). */
    public List<RuleHit> hitsFor(String category) {
        return hits.stream().filter(h -> h.category().equals(category)).toList();
    }

    /** The churn-signal findings (rules of packs of kind {@code churn}). */
    public List<RuleHit> churnSignals() {
        return hits.stream().filter(h -> h.kind() == PackKind.CHURN).toList();
    }
}
