package com.voiceqa.rules.match;

import com.voiceqa.rules.Evidence;
import com.voiceqa.rules.RuleExplanation.Rejection;
import com.voiceqa.rules.pack.Condition;

import java.util.List;

/** The outcome of one condition on one call: whether it holds, the evidence, and what was rejected and why. */
public record ConditionResult(Condition condition, boolean satisfied, List<Evidence> hits, List<Rejection> rejected) {

    /** What the condition looks for, in words (built on demand: only dry runs need it). */
    public String summary() {
        return ConditionSummary.of(condition);
    }
}
