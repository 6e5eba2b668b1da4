package com.voiceqa.rules.risk;

import java.util.List;

/**
 * One churn rule's finding as the risk model reads it.
 *
 * @param category churn category
 * @param severity the rule's severity, 0 (info) to 4 (critical), in {@code Severity} order
 * @param spans    where it matched: utterance index and character span of each piece of evidence
 */
public record Finding(String category, int severity, List<Span> spans) {

    /** Severity of the high-severity lexical rules (explicit switch, competitor trial, non-renewal). */
    public static final int HIGH = 3;
    /** Severity of the clause model's strong findings. */
    public static final int MEDIUM = 2;

    public Finding {
        spans = List.copyOf(spans);
    }

    /** A piece of evidence: an utterance and the characters {@code [start, end)} of its text as given. */
    public record Span(int utterance, int start, int end) {
    }
}
