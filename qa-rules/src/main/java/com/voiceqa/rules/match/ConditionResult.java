package com.voiceqa.rules.match;

import com.voiceqa.rules.Evidence;
import com.voiceqa.rules.RuleExplanation.Rejection;

import java.util.List;

/** The outcome of one condition on one call: whether it holds, the evidence, and what was rejected and why. */
public record ConditionResult(String conditionId, String summary, boolean satisfied, List<Evidence> hits,
                              List<Rejection> rejected) {
}
