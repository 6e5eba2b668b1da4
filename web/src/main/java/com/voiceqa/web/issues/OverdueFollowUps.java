package com.voiceqa.web.issues;

import com.voiceqa.web.notify.Alerts;
import com.voiceqa.web.notify.Notice;
import com.voiceqa.web.users.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * 督办逾期: an unresolved issue past its follow-up due date alerts whoever follows it up and their team's managers,
 * once per due date (the issue remembers the date it was alerted for, so reruns and restarts raise nothing twice).
 * The alert goes to those people's own channels and to the shared ones.
 */
@Component
public class OverdueFollowUps {

    private static final Logger log = LoggerFactory.getLogger(OverdueFollowUps.class);

    private final IssueRepository issues;
    private final UserRepository users;
    private final Alerts alerts;
    private final Clock clock;

    public OverdueFollowUps(IssueRepository issues, UserRepository users, Alerts alerts, Clock clock) {
        this.issues = issues;
        this.users = users;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Scheduled(cron = "${voiceqa.issues.overdue-cron:0 5 * * * *}")
    void hourly() {
        int raised = check();
        if (raised > 0) {
            log.info("{} follow-ups have become overdue", raised);
        }
    }

    /** Alerts the follow-ups that became overdue since the last check; returns how many. */
    public int check() {
        LocalDate today = LocalDate.now(clock);
        int raised = 0;
        for (IssueRepository.OverdueIssue issue : issues.overdueNotAlerted(today)) {
            if (issues.markOverdueAlerted(issue.id(), issue.dueDate())) {
                alerts.publish(notice(issue));
                raised++;
            }
        }
        return raised;
    }

    private Notice notice(IssueRepository.OverdueIssue issue) {
        Set<Long> recipients = new LinkedHashSet<>();
        if (issue.owner() != null) {
            recipients.add(issue.owner().id());
        }
        if (issue.ownerTeam() != null) {
            recipients.addAll(users.managerIds(issue.ownerTeam()));
        }
        String owner = issue.owner() == null ? "无人负责" : "负责人 " + issue.owner().name();
        return new Notice("issue-overdue:" + issue.id() + ":" + issue.dueDate(),
                "督办逾期：" + issue.account().name(),
                "客户 " + issue.account().name() + " 的问题（" + issue.category() + "）督办期限 " + issue.dueDate()
                        + " 已过，仍未解决（" + owner + "）。请尽快处理或调整期限。",
                "/#/accounts?id=" + issue.account().id(), recipients, true);
    }
}
