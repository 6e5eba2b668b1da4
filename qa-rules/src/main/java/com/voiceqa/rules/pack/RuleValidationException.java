package com.voiceqa.rules.pack;

import java.util.List;

/**
 * A rule pack that cannot be used. Each problem names the pack source, the rule, the field and what is wrong, e.g.
 * {@code churn.json: rule 'competitor-trial', field 'conditions[0].within': must be an integer >= 0, got "abc"}.
 */
public class RuleValidationException extends RuntimeException {

    private final List<String> problems;

    public RuleValidationException(List<String> problems) {
        super(problems.size() == 1 ? problems.getFirst()
                : problems.size() + " problems:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
