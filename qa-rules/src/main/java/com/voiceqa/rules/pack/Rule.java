package com.voiceqa.rules.pack;

import com.voiceqa.rules.Severity;

import java.util.List;

/**
 * One rule: conditions combined by a boolean expression, and what a finding costs.
 *
 * @param id          unique within the pack
 * @param name        human-readable name
 * @param description why the rule exists (shown in the rule editor and dry-run output)
 * @param category    churn category or QA item the rule reports on
 * @param dimension   scoring dimension (quality packs); {@code ""} for churn rules
 * @param severity    severity of a finding
 * @param points      score change per finding (negative deducts), applied once per call
 * @param veto        a finding sets the call's score to 0
 * @param required    the finding is the expression NOT matching (e.g. "the rep must greet")
 * @param conditions  the conditions, referenced by id from the expression
 * @param expression  boolean expression over condition ids, e.g. {@code 1 && (2 || !3)}
 */
public record Rule(String id, String name, String description, String category, String dimension,
                   Severity severity, double points, boolean veto, boolean required, List<Condition> conditions,
                   Expression expression) {
    public Rule {
        conditions = List.copyOf(conditions);
    }
}
