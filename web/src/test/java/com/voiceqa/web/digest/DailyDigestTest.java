package com.voiceqa.web.digest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.voiceqa.web.api.Db;
import com.voiceqa.web.handover.HandoverRepository;
import com.voiceqa.web.handover.HandoverService;
import com.voiceqa.web.issues.IssueProperties;
import com.voiceqa.web.issues.IssueRepository;
import com.voiceqa.web.issues.IssueService;
import com.voiceqa.web.notify.Alerts;
import com.voiceqa.web.notify.LocalReceivers;
import com.voiceqa.web.notify.OutboxDispatcher;
import com.voiceqa.web.notify.OutboxRepository;
import com.voiceqa.web.silence.SilenceRepository;
import com.voiceqa.web.support.MigratedDatabase;
import com.voiceqa.web.support.MovableClock;
import com.voiceqa.web.support.RetentionData;
import com.voiceqa.web.users.UserRepository;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily digest per manager, delivered by e-mail to GreenMail (a real SMTP server in-process) from a real
 * database: each manager reads their own team's high-risk accounts, overdue follow-ups, silent accounts and pending
 * handovers, nothing of another team's; a second run the same day (a restart) sends nothing; the next day sends again.
 */
class DailyDigestTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-11T08:00:00Z"));
    private GreenMail smtp;
    private JdbcClient jdbc;
    private OutboxRepository outbox;
    private OutboxDispatcher dispatcher;

    @BeforeEach
    void start(@TempDir Path dir) {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        jdbc = MigratedDatabase.in(dir);
        outbox = new OutboxRepository(jdbc);
        dispatcher = LocalReceivers.dispatcher(outbox, smtp.getSmtp().getPort(), Duration.ofSeconds(10), clock);
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void eachManagerGetsTheirTeamsDigestOncePerDay() throws Exception {
        RetentionData data = new RetentionData(jdbc);
        long east = data.team("华东一组");
        long wang = data.user("wang", "manager", east);
        long limin = data.user("limin", "rep", east);
        long departed = data.user("departed", "rep", east);
        long southTeam = data.team("华南二组");
        long south = data.user("south", "manager", southTeam);
        long southRep = data.user("chen", "rep", southTeam);
        Instant now = clock.instant();

        data.call("c1", data.account("星河物流", limin), limin, now.minus(Duration.ofHours(3)), "high");
        data.call("c0", data.account("旧高风险客户", limin), limin, now.minus(Duration.ofDays(3)), "high");
        long overdue = data.account("恒远贸易", limin);
        data.issue(data.call("c2", overdue, limin, now.minus(Duration.ofDays(10)), "medium"), overdue, "price",
                limin, LocalDate.parse("2026-12-08"));
        long silent = data.account("华昌食品", limin);
        jdbc.sql("INSERT INTO account_silence (account_id, last_contact_at, cadence_days, raised_at) "
                        + "VALUES (:a, :last, 7, :now)").param("a", silent)
                .param("last", Db.utc(now.minus(Duration.ofDays(40)))).param("now", Db.utc(now)).update();
        data.account("远航科技", departed);
        jdbc.sql("UPDATE users SET enabled = FALSE WHERE id = :id").param("id", departed).update();
        data.call("c3", data.account("南方机械", southRep), southRep, now.minus(Duration.ofHours(1)), "high");

        outbox.addChannel("王经理邮箱", "email", "wang@test.local", "text", wang, now);
        outbox.addChannel("华南经理邮箱", "email", "south@test.local", "text", south, now);
        outbox.addChannel("销售群机器人", "webhook", "http://127.0.0.1:9/robot", "wecom", now);

        assertThat(digest().send()).as("one digest per manager, on their own channel only").isEqualTo(2);
        assertThat(dispatcher.deliverDue()).isEqualTo(2);
        String toWang = mailTo("wang@test.local");
        assertThat(subjectTo("wang@test.local")).isEqualTo("每日摘要 2026-12-11：高风险 1，逾期 1，沉默 1，待交接 1");
        assertThat(toWang).contains("wang，您好").contains("星河物流").contains("恒远贸易：price，期限 2026-12-08，负责人 limin")
                .contains("华昌食品：已 40 天无联系（平时约每 7 天一次）").contains("远航科技：原负责人 departed")
                .contains(LocalReceivers.DASHBOARD + "/#/retention")
                .doesNotContain("旧高风险客户").doesNotContain("南方机械");
        assertThat(subjectTo("south@test.local")).isEqualTo("每日摘要 2026-12-11：高风险 1，逾期 0，沉默 0，待交接 0");
        assertThat(mailTo("south@test.local")).contains("南方机械").doesNotContain("星河物流");

        clock.advance(Duration.ofHours(2));
        assertThat(digest().send()).as("a restart the same day queues nothing").isZero();
        assertThat(dispatcher.deliverDue()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(2);

        clock.advance(Duration.ofDays(1));
        assertThat(digest().send()).as("the next day: only wang still has something to report").isEqualTo(1);
        assertThat(dispatcher.deliverDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(DailyDigestTest::subject))
                .contains("每日摘要 2026-12-12：高风险 0，逾期 1，沉默 1，待交接 1");
    }

    /** A digest job as the product wires it; a new one stands for a restarted process. */
    private DailyDigest digest() {
        IssueService issues = new IssueService(new IssueRepository(jdbc), new IssueProperties(7, 90), clock);
        DigestComposer composer = new DigestComposer(new HighRiskAccounts(jdbc), issues, new SilenceRepository(jdbc),
                new HandoverService(new HandoverRepository(jdbc), clock));
        return new DailyDigest(new UserRepository(jdbc), composer, new Alerts(outbox, clock), clock);
    }

    private MimeMessage messageTo(String address) throws MessagingException {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                return message;
            }
        }
        throw new AssertionError("no mail to " + address);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String subjectTo(String address) throws Exception {
        return messageTo(address).getSubject();
    }

    private String mailTo(String address) throws Exception {
        return (String) messageTo(address).getContent();
    }
}
