package com.voiceqa.web.accounts;

import com.voiceqa.web.api.Ref;
import com.voiceqa.web.issues.AccountRisk;

import java.time.Instant;
import java.util.List;

/**
 * An account with its churn-risk trend (docs/api.md, AccountSummary).
 *
 * @param currentRisk    the account's risk: from its unresolved issues and recent trajectory ({@link AccountRisk})
 * @param latestCallRisk the risk of its latest call alone
 */
public record AccountSummary(long id, String name, Ref owner, int callCount, Instant lastCallAt, String currentRisk,
                             String latestCallRisk, AccountRisk risk, List<TrendPoint> trend, List<Signal> topSignals) {

    public record TrendPoint(String callId, Instant startedAt, String risk, Double score) {
    }

    public record Signal(String category, long count) {
    }
}
