package com.voiceqa.web.retention;

import com.voiceqa.web.api.ApiException;
import com.voiceqa.web.api.Days;
import com.voiceqa.web.security.CurrentUser;
import com.voiceqa.web.security.Role;
import com.voiceqa.web.security.VisibilityScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Records account outcomes. Who may change an account is who may see it (VisibilityScope.accounts): a rep their own
 * accounts, a manager their team's, an admin all. History is append-only and must stay in date order, so a change
 * cannot be dated before the account's latest one.
 */
@Service
public class AccountStatusService {

    private final OutcomeRepository outcomes;
    private final Clock clock;

    public AccountStatusService(OutcomeRepository outcomes, Clock clock) {
        this.outcomes = outcomes;
        this.clock = clock;
    }

    public AccountOutcome outcome(long accountId, CurrentUser user) {
        requireVisible(accountId, user);
        return AccountOutcome.of(accountId, outcomes.history(accountId), outcomes.values());
    }

    @Transactional
    public AccountOutcome change(long accountId, StatusRequest request, CurrentUser user) {
        requireVisible(accountId, user);
        AccountStatus status = AccountStatus.parse(request.status());
        LocalDate date = Days.notAfter(LocalDate.now(clock), "date", request.date());
        String reason = reason(status, request.reason());
        List<StatusChange> history = outcomes.history(accountId);
        AccountStatus current = history.isEmpty() ? AccountStatus.ACTIVE : history.getLast().status();
        checkTransition(current, status);
        if (!history.isEmpty() && date.isBefore(history.getLast().date())) {
            throw ApiException.badRequest("日期不能早于上一次状态变更（" + history.getLast().date()
                    + "） / date must not be before the latest change, " + history.getLast().date());
        }
        outcomes.insert(accountId, status, date, reason, blankToNull(request.note()), user.id(), clock.instant());
        return AccountOutcome.of(accountId, outcomes.history(accountId), outcomes.values());
    }

    /** Records the account's annual value (managers and admins: it is commercial data, not a rep's to set). */
    @Transactional
    public AccountOutcome setValue(long accountId, double value, CurrentUser user) {
        if (user.role() == Role.REP) {
            throw ApiException.forbidden("只有主管和管理员可以设置客户价值 / only managers and admins set account values");
        }
        requireVisible(accountId, user);
        if (!(value >= 0) || value > 1e15) {
            throw ApiException.badRequest("客户价值应为 0 或正数 / value must be a non-negative amount");
        }
        outcomes.setValue(accountId, value, user.id(), clock.instant());
        return outcome(accountId, user);
    }

    /**
     * Flags a customer account at risk on the system's behalf (no user), e.g. when its owner left; an account already
     * at risk or lost keeps its status.
     */
    @Transactional
    public void flagAtRisk(long accountId, String note) {
        List<StatusChange> history = outcomes.history(accountId);
        AccountStatus current = history.isEmpty() ? AccountStatus.ACTIVE : history.getLast().status();
        if (current == AccountStatus.ACTIVE || current == AccountStatus.WON_BACK) {
            outcomes.insert(accountId, AccountStatus.AT_RISK, LocalDate.now(clock), null, note, null, clock.instant());
        }
    }

    private void requireVisible(long accountId, CurrentUser user) {
        if (!outcomes.visible(accountId, VisibilityScope.accounts(user))) {
            throw ApiException.notFound("account " + accountId);
        }
    }

    private static String reason(AccountStatus status, String reason) {
        boolean given = reason != null && !reason.isBlank();
        if (status == AccountStatus.LOST) {
            return LossReason.check(given ? reason.trim() : null);
        }
        if (given) {
            throw ApiException.badRequest("只有流失需要原因 / a reason is given only with status lost");
        }
        return null;
    }

    private static void checkTransition(AccountStatus current, AccountStatus next) {
        if (current == AccountStatus.LOST && next != AccountStatus.WON_BACK) {
            throw ApiException.conflict("该客户已流失：请记录为“已挽回”(won_back) / the account is lost; record won_back first");
        }
        if (next == AccountStatus.WON_BACK && current != AccountStatus.LOST) {
            throw ApiException.conflict("只有已流失的客户才能挽回 / only a lost account can be won back");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
