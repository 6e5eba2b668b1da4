package com.voiceqa.web.issues;

import com.voiceqa.web.notify.Alerts;
import com.voiceqa.web.notify.OutboxRepository;
import com.voiceqa.web.support.MigratedDatabase;
import com.voiceqa.web.support.MovableClock;
import com.voiceqa.web.support.RetentionData;
import com.voiceqa.web.users.UserRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 督办逾期 across the due date, with a test clock over a real database: nothing before the date has passed, then one
 * alert to whoever follows the issue up, their team's managers and the shared channels (not another team's
 * manager), then nothing again however often the check runs; a new due date that passes alerts again.
 */
class OverdueFollowUpsTest {

    private static final LocalDate DUE = LocalDate.parse("2026-12-10");

    @Test
    void anOverdueFollowUpAlertsItsOwnerAndTheirManagersOncePerDueDate(@TempDir Path dir) {
        JdbcClient jdbc = MigratedDatabase.in(dir);
        RetentionData data = new RetentionData(jdbc);
        MovableClock clock = new MovableClock(Instant.parse("2026-12-10T23:00:00Z"));
        OutboxRepository outbox = new OutboxRepository(jdbc);
        OverdueFollowUps check = new OverdueFollowUps(new IssueRepository(jdbc), new UserRepository(jdbc),
                new Alerts(outbox, clock), clock);

        long east = data.team("华东一组");
        long rep = data.user("limin", "rep", east);
        long manager = data.user("wang", "manager", east);
        long otherManager = data.user("south", "manager", data.team("华南二组"));
        long account = data.account("星河物流", rep);
        long issue = data.issue(data.call("c1", account, rep, Instant.parse("2026-12-03T09:00:00Z"), "high"),
                account, "price", rep, DUE);
        Instant now = clock.instant();
        outbox.addChannel("李敏邮箱", "email", "limin@test.local", "text", rep, now);
        outbox.addChannel("王经理邮箱", "email", "wang@test.local", "text", manager, now);
        outbox.addChannel("华南经理邮箱", "email", "south@test.local", "text", otherManager, now);
        outbox.addChannel("销售群机器人", "webhook", "http://127.0.0.1:9/robot", "wecom", now);

        assertThat(check.check()).as("due today is not overdue yet").isZero();
        clock.advance(Duration.ofHours(2));
        assertThat(check.check()).as("the day after the due date").isEqualTo(1);
        assertThat(outbox.recent(10)).extracting(OutboxRepository.OutboxEntry::channel)
                .containsExactlyInAnyOrder("李敏邮箱", "王经理邮箱", "销售群机器人");
        assertThat(outbox.recent(10)).allSatisfy(e -> {
            assertThat(e.key()).isEqualTo("issue-overdue:" + issue + ":" + DUE);
            assertThat(e.title()).isEqualTo("督办逾期：星河物流");
        });

        clock.advance(Duration.ofDays(3));
        assertThat(check.check()).as("once per due date").isZero();
        assertThat(new OverdueFollowUps(new IssueRepository(jdbc), new UserRepository(jdbc),
                new Alerts(outbox, clock), clock).check()).as("a restarted check neither").isZero();
        assertThat(outbox.recent(10)).hasSize(3);

        jdbc.sql("UPDATE account_issues SET due_date = :d WHERE id = :id").param("d", DUE.plusDays(5))
                .param("id", issue).update();
        assertThat(check.check()).as("a later due date, not passed yet").isZero();
        clock.advance(Duration.ofDays(3));
        assertThat(check.check()).as("the new date passed too").isEqualTo(1);
        assertThat(outbox.recent(10)).hasSize(6);

        jdbc.sql("UPDATE account_issues SET state = 'resolved', due_date = :d WHERE id = :id")
                .param("d", DUE.plusDays(6)).param("id", issue).update();
        clock.advance(Duration.ofDays(3));
        assertThat(check.check()).as("a resolved issue is never overdue").isZero();
    }
}
