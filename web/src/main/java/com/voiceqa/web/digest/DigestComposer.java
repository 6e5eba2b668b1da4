package com.voiceqa.web.digest;

import com.voiceqa.web.handover.HandoverService;
import com.voiceqa.web.issues.IssueService;
import com.voiceqa.web.security.CurrentUser;
import com.voiceqa.web.security.VisibilityScope;
import com.voiceqa.web.silence.SilenceRepository;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Gathers a manager's digest from the same services the dashboard pages use, as the manager: the digest shows what
 * the manager would see on the 客户留存 and 客户交接 pages, no more.
 */
@Component
class DigestComposer {

    private static final Duration HIGH_RISK_WINDOW = Duration.ofDays(1);

    private final HighRiskAccounts highRisk;
    private final IssueService issues;
    private final SilenceRepository silence;
    private final HandoverService handover;

    DigestComposer(HighRiskAccounts highRisk, IssueService issues, SilenceRepository silence, HandoverService handover) {
        this.highRisk = highRisk;
        this.issues = issues;
        this.silence = silence;
        this.handover = handover;
    }

    ManagerDigest compose(CurrentUser manager, Instant now, ZoneId zone) {
        VisibilityScope accounts = VisibilityScope.accounts(manager);
        return new ManagerDigest(manager, LocalDate.ofInstant(now, zone),
                highRisk.since(now.minus(HIGH_RISK_WINDOW), accounts), issues.unresolved(true, manager),
                silence.list(accounts, now), handover.pending(manager));
    }
}
