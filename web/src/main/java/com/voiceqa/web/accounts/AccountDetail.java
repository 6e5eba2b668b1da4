package com.voiceqa.web.accounts;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.Instant;
import java.util.List;

/** An account with the churn evidence of its calls, newest first. */
public record AccountDetail(@JsonUnwrapped AccountSummary summary, List<Signal> evidence) {

    public record Signal(String callId, Instant startedAt, String category, String ruleName, String severity,
                         String text, double startSeconds) {
    }
}
