package com.voiceqa.web.retention;

import com.voiceqa.web.api.Ref;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The formulas of docs/retention.md on hand-made timelines. */
class RetentionCalculatorTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 30);
    private static final Ref REP = new Ref(1, "李敏");

    @Test
    void losingOneSmallAccountOfTenIsTenPercentOfCustomersButLittleRevenue() {
        List<AccountTimeline> accounts = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            List<StatusChange> changes = i == 10 ? List.of(change(AccountStatus.LOST, TO.minusDays(3), "price")) : List.of();
            accounts.add(timeline(i, FROM.minusYears(1), changes, i == 1 ? 900.0 : 10.0));
        }
        RetentionFigures figures = RetentionCalculator.figures(accounts, FROM, TO);
        assertThat(figures.customers()).isEqualTo(10);
        assertThat(figures.lost()).isEqualTo(1);
        assertThat(figures.churnRate()).isCloseTo(0.10, within(1e-12));
        assertThat(figures.retentionRate()).isCloseTo(0.90, within(1e-12));
        assertThat(figures.customersValue()).isEqualTo(990.0);
        assertThat(figures.valueChurnRate()).isCloseTo(10.0 / 990.0, within(1e-12));
        assertThat(figures.byReason()).isEqualTo(Map.of("price", 1L));
    }

    @Test
    void newCustomersAndThoseLostBeforeThePeriodAreNotInTheCohort() {
        List<AccountTimeline> accounts = List.of(
                timeline(1, FROM.minusYears(1), List.of(), null),
                timeline(2, FROM.plusDays(5), List.of(change(AccountStatus.LOST, FROM.plusDays(20), "service")), null),
                timeline(3, FROM.minusYears(1), List.of(change(AccountStatus.LOST, FROM.minusDays(10), "price"),
                        change(AccountStatus.WON_BACK, FROM.plusDays(2), null)), null),
                timeline(4, FROM.minusYears(1), List.of(change(AccountStatus.LOST, FROM, "competitor"),
                        change(AccountStatus.WON_BACK, FROM.plusDays(9), null)), null));
        RetentionFigures figures = RetentionCalculator.figures(accounts, FROM, TO);
        assertThat(figures.customers()).as("1 and 4; 2 came during the period, 3 was lost before it").isEqualTo(2);
        assertThat(figures.lost()).as("4 was lost on the first day, even though won back later").isEqualTo(1);
        assertThat(figures.wonBack()).isEqualTo(2);
        assertThat(figures.valueChurnRate()).as("no values recorded").isNull();
        assertThat(RetentionCalculator.figures(List.of(), FROM, TO).churnRate()).isNull();
    }

    @Test
    void theKeyTierIsTheTopFifthByValueAndAtLeastOneAccount() {
        Map<Long, Double> values = new HashMap<>();
        for (long id = 1; id <= 8; id++) {
            values.put(id, id * 100.0);
        }
        Map<Long, String> tiers = AccountTier.of(values);
        assertThat(tiers.entrySet().stream().filter(e -> e.getValue().equals(AccountTier.KEY)).map(Map.Entry::getKey))
                .containsExactlyInAnyOrder(8L, 7L);
        assertThat(tiers.get(1L)).isEqualTo(AccountTier.STANDARD);
        assertThat(AccountTier.of(Map.of(5L, 1.0))).isEqualTo(Map.of(5L, AccountTier.KEY));
    }

    @Test
    void liftComparesLossesAfterASignalWithLossesOfAccountsThatNeverShowedIt() {
        Instant start = FROM.atStartOfDay().toInstant(ZoneOffset.UTC);
        Map<Long, AccountTimeline> timelines = new HashMap<>();
        Map<Long, Instant> firstCall = new HashMap<>();
        Map<Long, Map<String, Instant>> signals = new HashMap<>();
        for (long id = 1; id <= 10; id++) {
            boolean competitor = id <= 4;
            boolean lost = id <= 2 || id == 10;
            timelines.put(id, timeline(id, FROM.minusYears(1),
                    lost ? List.of(change(AccountStatus.LOST, FROM.plusDays(20), "competitor")) : List.of(), null));
            firstCall.put(id, start);
            if (competitor) {
                signals.put(id, Map.of("competitor", start.plusSeconds(86_400)));
            }
        }
        SignalLift lift = SignalLift.of(signals, firstCall, timelines, 30, ZoneOffset.UTC).getFirst();
        assertThat(lift.category()).isEqualTo("competitor");
        assertThat(lift.accounts()).isEqualTo(4);
        assertThat(lift.lost()).isEqualTo(2);
        assertThat(lift.others()).isEqualTo(6);
        assertThat(lift.othersLost()).isEqualTo(1);
        assertThat(lift.lift()).as("(2/4) / (1/6)").isCloseTo(3.0, within(1e-12));
        assertThat(SignalLift.of(signals, firstCall, timelines, 10, ZoneOffset.UTC).getFirst().lost())
                .as("a loss 19 days after the signal is outside a 10-day window").isZero();
    }

    private static AccountTimeline timeline(long id, LocalDate since, List<StatusChange> changes, Double value) {
        return new AccountTimeline(new Ref(id, "客户" + id), since, REP, null, changes, value,
                value == null ? AccountTier.UNRATED : AccountTier.STANDARD);
    }

    private static StatusChange change(AccountStatus status, LocalDate date, String reason) {
        return new StatusChange(0, status, date, reason, null, null, Instant.EPOCH);
    }
}
