package com.voiceqa.web.issues;

import com.voiceqa.web.pipeline.CallStored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Turns a stored call's churn findings into account issues: a finding joins its account's unresolved issue of the
 * same category, or opens a new one (follow-up: the account owner, due {@code followUpDays} after the call). A
 * finding older than the latest resolution of its category joins that resolved issue instead of reopening it.
 * Raising is idempotent (only findings no issue holds yet are considered), so a partly failed run is completed by
 * the next one.
 */
@Component
public class IssueRaiser {

    private static final Logger log = LoggerFactory.getLogger(IssueRaiser.class);

    private final IssueRepository issues;
    private final IssueProperties properties;
    private final Clock clock;

    public IssueRaiser(IssueRepository issues, IssueProperties properties, Clock clock) {
        this.issues = issues;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    public void onCallStored(CallStored event) {
        try {
            raise(event.callId());
        } catch (RuntimeException e) {
            // The call itself is stored; the next start's backfill raises what was missed.
            log.warn("account issues of call {} not raised: {}", event.callId(), e.getMessage(), e);
        }
    }

    public void raise(String callId) {
        for (IssueRepository.Finding finding : issues.unlinkedFindings(callId)) {
            LocalDate due = LocalDate.ofInstant(finding.callStartedAt(), clock.getZone()).plusDays(properties.followUpDays());
            long issue = issues.unresolved(finding.accountId(), finding.category())
                    .or(() -> issues.resolvedAfter(finding.accountId(), finding.category(), finding.callStartedAt()))
                    .orElseGet(() -> issues.create(finding.accountId(), finding.category(), finding.accountOwner(), due,
                            clock.instant()));
            issues.dueNoLaterThan(issue, due);
            issues.link(issue, finding.hitId());
        }
    }

    /** Raises the issues of calls stored before this feature existed (or whose raising failed). */
    public int backfill() {
        var calls = issues.callsWithUnlinkedFindings();
        calls.forEach(this::raise);
        return calls.size();
    }
}
