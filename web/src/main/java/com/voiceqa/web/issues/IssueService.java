package com.voiceqa.web.issues;

import com.voiceqa.rules.AccountRiskTrend;
import com.voiceqa.web.api.ApiException;
import com.voiceqa.web.api.Days;
import com.voiceqa.web.security.CurrentUser;
import com.voiceqa.web.security.VisibilityScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Account issues as people work them: listed within the accounts the user may see, moved open → in progress →
 * resolved by whoever may see the account (a rep their own accounts), with the follow-up owner and due date.
 */
@Service
public class IssueService {

    private final IssueRepository issues;
    private final IssueProperties properties;
    private final Clock clock;

    public IssueService(IssueRepository issues, IssueProperties properties, Clock clock) {
        this.issues = issues;
        this.properties = properties;
        this.clock = clock;
    }

    /** One account's issues (unresolved only unless {@code all}); empty for an account outside the scope. */
    public List<AccountIssue> forAccount(long accountId, boolean all, CurrentUser user) {
        return issues.list(VisibilityScope.accounts(user), accountId, !all, LocalDate.now(clock));
    }

    /** Every unresolved issue within the scope, optionally only the overdue ones (the 督办 list). */
    public List<AccountIssue> unresolved(boolean overdueOnly, CurrentUser user) {
        return issues.list(VisibilityScope.accounts(user), null, true, LocalDate.now(clock)).stream()
                .filter(i -> !overdueOnly || i.followUp().overdue()).toList();
    }

    /** Each account's risk from its recent calls (any order; older ones are left out here) and unresolved issues. */
    public Map<Long, AccountRisk> risks(Map<Long, List<AccountRiskTrend.Point>> callsByAccount, CurrentUser user) {
        Instant recent = clock.instant().minus(Duration.ofDays(properties.recentDays()));
        Map<Long, List<AccountIssue>> open = unresolved(false, user).stream()
                .collect(Collectors.groupingBy(i -> i.account().id()));
        Map<Long, AccountRisk> risks = new HashMap<>();
        callsByAccount.forEach((account, calls) -> risks.put(account, AccountRisk.of(
                calls.stream().filter(p -> p.startedAt().isAfter(recent)).toList(), open.getOrDefault(account, List.of()))));
        return risks;
    }

    @Transactional
    public AccountIssue change(long accountId, long issueId, IssueChange change, CurrentUser user) {
        VisibilityScope scope = VisibilityScope.accounts(user);
        IssueState current = issues.state(accountId, issueId, scope)
                .orElseThrow(() -> ApiException.notFound("issue " + issueId + " of account " + accountId));
        AccountIssue before = find(accountId, issueId, user, true);
        IssueState next = change.state() == null ? current : IssueState.parse(change.state());
        if (current == IssueState.RESOLVED) {
            throw ApiException.conflict("该问题已解决，不能再修改；新的信号会开启新问题 / a resolved issue stays resolved");
        }
        if (next == IssueState.OPEN && current == IssueState.IN_PROGRESS) {
            throw ApiException.conflict("处理中的问题不能退回未处理 / an issue in progress cannot go back to open");
        }
        Long owner = change.followUpOwnerId() != null ? change.followUpOwnerId()
                : before.followUp().owner() == null ? null : before.followUp().owner().id();
        if (change.followUpOwnerId() != null && !issues.userExists(owner)) {
            throw ApiException.badRequest("督办人不存在或已停用 / follow-up owner " + owner + " is not an enabled user");
        }
        LocalDate due = change.dueDate() == null ? before.followUp().dueDate() : Days.parse("dueDate", change.dueDate());
        String note = change.note() == null ? before.note() : change.note().isBlank() ? null : change.note().trim();
        issues.update(issueId, next, owner, due, note, user.id(), clock.instant());
        return find(accountId, issueId, user, true);
    }

    private AccountIssue find(long accountId, long issueId, CurrentUser user, boolean all) {
        return forAccount(accountId, all, user).stream().filter(i -> i.id() == issueId).findFirst()
                .orElseThrow(() -> ApiException.notFound("issue " + issueId + " of account " + accountId));
    }
}
