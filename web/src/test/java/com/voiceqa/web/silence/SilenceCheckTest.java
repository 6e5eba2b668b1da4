package com.voiceqa.web.silence;

import com.voiceqa.web.notify.Alerts;
import com.voiceqa.web.notify.OutboxRepository;
import com.voiceqa.web.security.VisibilityScope;
import com.voiceqa.web.support.MigratedDatabase;
import com.voiceqa.web.support.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The disengagement check on a real database with the product's migrations, time moved by a test clock: a weekly
 * account is warned about once three weeks pass without a call, once only, and the warning clears on its next call;
 * orders count as contact like calls.
 */
class SilenceCheckTest {

    private static final Instant DAY0 = Instant.parse("2026-09-01T09:00:00Z");
    private static final VisibilityScope EVERYTHING = new VisibilityScope("1=1", Map.of());

    private final MovableClock clock = new MovableClock(DAY0);
    private JdbcClient jdbc;
    private SilenceRepository silence;
    private OutboxRepository outbox;
    private SilenceCheck check;

    @BeforeEach
    void database(@TempDir Path dir) {
        jdbc = MigratedDatabase.in(dir);
        silence = new SilenceRepository(jdbc);
        outbox = new OutboxRepository(jdbc);
        outbox.addChannel("机器人", "webhook", "http://127.0.0.1:9/robot", "json", DAY0);
        check = new SilenceCheck(silence, new Alerts(outbox, clock), new SilenceProperties(3, Duration.ofDays(14)), clock);
    }

    @Test
    void aWeeklyAccountSilentForThreeWeeksIsWarnedOnceUntilItCallsAgain() {
        long weekly = account("每周客户");
        for (int day = 0; day <= 21; day += 7) {
            call(weekly, day);
        }
        clock.advance(Duration.ofDays(35));
        assertThat(check.check()).as("two weeks after the last call: within three weekly gaps").isZero();
        clock.advance(Duration.ofDays(8));
        assertThat(check.check()).as("22 days after the last call").isEqualTo(1);
        assertThat(check.check()).as("the same silence is warned about once").isZero();
        List<SilenceWarning> warnings = silence.list(EVERYTHING, clock.instant());
        assertThat(warnings).hasSize(1);
        assertThat(warnings.getFirst().account().name()).isEqualTo("每周客户");
        assertThat(warnings.getFirst().cadenceDays()).isEqualTo(7.0);
        assertThat(warnings.getFirst().silentDays()).isEqualTo(22.0);
        assertThat(outbox.recent(10)).hasSize(1);
        assertThat(outbox.recent(10).getFirst().title()).isEqualTo("客户沉默：每周客户");

        call(weekly, 44);
        clock.advance(Duration.ofDays(1));
        assertThat(check.check()).isZero();
        assertThat(silence.list(EVERYTHING, clock.instant())).as("heard from again").isEmpty();
    }

    @Test
    void ordersAreContactSoAnAccountThatOnlyOrdersIsWarnedWhenTheOrdersStop() {
        long monthly = account("月度订货客户");
        for (int day = 0; day <= 90; day += 30) {
            order(monthly, day);
        }
        clock.advance(Duration.ofDays(90 + 89));
        assertThat(check.check()).as("89 days after the last order: within three monthly gaps").isZero();
        clock.advance(Duration.ofDays(2));
        assertThat(check.check()).as("three months without an order").isEqualTo(1);
        SilenceWarning warning = silence.list(EVERYTHING, clock.instant()).getFirst();
        assertThat(warning.cadenceDays()).isEqualTo(30.0);
        assertThat(outbox.recent(10).getFirst().title()).isEqualTo("客户沉默：月度订货客户");

        order(monthly, 181);
        assertThat(check.check()).isZero();
        assertThat(silence.list(EVERYTHING, clock.instant())).as("a new order is contact").isEmpty();
    }

    @Test
    void accountsWithoutACadenceOrAlreadyLostAreNotWarned() {
        long young = account("新客户");
        call(young, 0);
        call(young, 3);
        long lost = account("已流失客户");
        for (int day = 0; day <= 21; day += 7) {
            call(lost, day);
        }
        jdbc.sql("INSERT INTO account_status (account_id, status, effective_date, reason, changed_at) "
                        + "VALUES (:a, 'lost', DATE '2026-09-25', 'price', :now)")
                .param("a", lost).param("now", OffsetDateTime.ofInstant(DAY0, ZoneOffset.UTC)).update();
        clock.advance(Duration.ofDays(120));
        assertThat(check.check()).isZero();
        assertThat(silence.list(EVERYTHING, clock.instant())).isEmpty();
    }

    private long account(String name) {
        jdbc.sql("INSERT INTO accounts (name, created_at) VALUES (:n, :t)").param("n", name)
                .param("t", OffsetDateTime.ofInstant(DAY0, ZoneOffset.UTC)).update();
        return jdbc.sql("SELECT id FROM accounts WHERE name = :n").param("n", name).query(Long.class).single();
    }

    private void order(long account, int day) {
        jdbc.sql("INSERT INTO account_events (account_id, kind, occurred_at, recorded_at) VALUES (:a, 'order', :t, :t)")
                .param("a", account).param("t", OffsetDateTime.ofInstant(DAY0.plus(Duration.ofDays(day)), ZoneOffset.UTC))
                .update();
    }

    private void call(long account, int day) {
        OffsetDateTime at = OffsetDateTime.ofInstant(DAY0.plus(Duration.ofDays(day)), ZoneOffset.UTC);
        jdbc.sql("INSERT INTO calls (id, source, status, progress, account_id, started_at, duration_s, vetoed, created_at) "
                        + "VALUES (:id, 'upload', 'done', 1, :a, :t, 60, FALSE, :t)")
                .param("id", "c-" + account + "-" + day).param("a", account).param("t", at).update();
    }
}
