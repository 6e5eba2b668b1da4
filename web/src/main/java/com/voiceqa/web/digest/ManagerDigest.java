package com.voiceqa.web.digest;

import com.voiceqa.web.api.Ref;
import com.voiceqa.web.handover.HandoverAccount;
import com.voiceqa.web.issues.AccountIssue;
import com.voiceqa.web.security.CurrentUser;
import com.voiceqa.web.silence.SilenceWarning;

import java.time.LocalDate;
import java.util.List;

/**
 * One manager's digest of one day, every list limited to the accounts the manager may see.
 *
 * @param highRisk  accounts with a high-risk call in the day before the digest
 * @param overdue   unresolved issues past their follow-up date
 * @param silent    accounts gone silent (open disengagement warnings)
 * @param handovers accounts of disabled reps waiting for a new owner
 */
record ManagerDigest(CurrentUser manager, LocalDate date, List<Ref> highRisk, List<AccountIssue> overdue,
                     List<SilenceWarning> silent, List<HandoverAccount> handovers) {

    boolean empty() {
        return highRisk.isEmpty() && overdue.isEmpty() && silent.isEmpty() && handovers.isEmpty();
    }
}
