package com.voiceqa.rules;

import com.voiceqa.rules.pack.PackKind;

import java.util.List;

/**
 * A rule's finding on one call. For ordinary rules the finding is that the rule's expression matched; for
 * {@code required} rules (e.g. "the rep greets") it is that the expression did NOT match, and {@code evidence}
 * is empty.
 *
 * @param ruleId    the rule's id, unique within its pack
 * @param ruleName  human-readable name
 * @param packId    id of the pack the rule came from
 * @param kind      whether the pack reports churn signals or quality-inspection items
 * @param category  churn category or QA item this rule reports on (e.g. {@code competitor}, {@code greeting})
 * @param dimension scoring dimension
 * @param severity  severity of the finding
 * @param points    score change applied (negative = deduction)
 * @param veto      whether the finding sets the call's score to 0
 * @param missing   true when this is a required rule that did not match
 * @param evidence  where the rule matched, in utterance order
 */
public record RuleHit(String ruleId, String ruleName, String packId, PackKind kind, String category, String dimension,
                      Severity severity, double points, boolean veto, boolean missing, List<Evidence> evidence) {
    public RuleHit {
        evidence = List.copyOf(evidence);
    }

    /** The same finding pointing at {@code fewer} of its pieces of evidence (a risk decision reports fewer turns). */
    public RuleHit withEvidence(List<Evidence> fewer) {
        return new RuleHit(ruleId, ruleName, packId, kind, category, dimension, severity, points, veto, missing, fewer);
    }
}
