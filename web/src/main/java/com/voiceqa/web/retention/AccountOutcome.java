package com.voiceqa.web.retention;

import java.util.List;
import java.util.Map;

/**
 * An account's current status and its history, oldest first, with its annual value and tier (docs/api.md,
 * AccountStatus).
 */
public record AccountOutcome(long accountId, AccountStatus status, List<StatusChange> history, Double value,
                             String tier) {

    static AccountOutcome of(long accountId, List<StatusChange> history, Map<Long, Double> values) {
        return new AccountOutcome(accountId, history.isEmpty() ? AccountStatus.ACTIVE : history.getLast().status(),
                history, values.get(accountId), AccountTier.of(values).getOrDefault(accountId, AccountTier.UNRATED));
    }
}
