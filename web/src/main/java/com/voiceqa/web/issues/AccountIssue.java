package com.voiceqa.web.issues;

import com.voiceqa.web.api.Ref;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An account issue (docs/api.md, AccountIssue). Raised, last seen, mentions and peak risk come from the findings
 * that still count (a finding a review judged wrong no longer supports the issue).
 *
 * @param category   the churn category (price, competitor, service, quality, non_renewal, …)
 * @param mentions   findings of the category that support the issue
 * @param peakRisk   the highest churn risk of the calls it was heard in
 */
public record AccountIssue(long id, Ref account, String category, IssueState state, Instant raisedAt,
                           Instant lastSeenAt, long mentions, String peakRisk, FollowUp followUp,
                           Ref changedBy, Instant changedAt, Ref resolvedBy, Instant resolvedAt, String note) {

    /** 督办: who follows the issue up, by when, and whether that day has passed without a resolution. */
    public record FollowUp(Ref owner, LocalDate dueDate, boolean overdue) {
    }

    public boolean unresolved() {
        return state != IssueState.RESOLVED;
    }
}
