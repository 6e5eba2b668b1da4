package com.voiceqa.rules;

import java.util.List;

/**
 * Why a rule did or did not find something in a call (the rule editor's dry run).
 *
 * @param ruleId     the rule
 * @param expression the rule's expression, normalized
 * @param matched    whether the expression was true
 * @param finding    whether the rule reports a finding (for a {@code required} rule: when it did NOT match)
 * @param conditions per condition, in the rule's order
 */
public record RuleExplanation(String ruleId, String expression, boolean matched, boolean finding,
                              List<ConditionExplanation> conditions) {
    public RuleExplanation {
        conditions = List.copyOf(conditions);
    }

    /**
     * @param conditionId the condition
     * @param summary     what the condition looks for, in words
     * @param satisfied   whether it was true
     * @param hits        the places that counted
     * @param rejected    places where the text matched but did not count, with the reason (negated, wrong speaker,
     *                    outside the range, no anchor nearby, excluded)
     */
    public record ConditionExplanation(String conditionId, String summary, boolean satisfied, List<Evidence> hits,
                                       List<Rejection> rejected) {
        public ConditionExplanation {
            hits = List.copyOf(hits);
            rejected = List.copyOf(rejected);
        }
    }

    public record Rejection(Evidence where, String reason) {
    }
}
