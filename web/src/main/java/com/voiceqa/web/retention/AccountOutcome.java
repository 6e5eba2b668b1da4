package com.voiceqa.web.retention;

import java.util.List;

/** An account's current status and its history, oldest first (docs/api.md, AccountStatus). */
public record AccountOutcome(long accountId, AccountStatus status, List<StatusChange> history) {

    static AccountOutcome of(long accountId, List<StatusChange> history) {
        return new AccountOutcome(accountId, history.isEmpty() ? AccountStatus.ACTIVE : history.getLast().status(),
                history);
    }
}
