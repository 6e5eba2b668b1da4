package com.voiceqa.web.accounts;

import com.voiceqa.web.api.Ref;

import java.time.Instant;
import java.util.List;

/** An account with its churn-risk trend (docs/api.md, AccountSummary). */
public record AccountSummary(long id, String name, Ref owner, int callCount, Instant lastCallAt, String currentRisk,
                             List<TrendPoint> trend, List<Signal> topSignals) {

    public record TrendPoint(String callId, Instant startedAt, String risk, Double score) {
    }

    public record Signal(String category, long count) {
    }
}
