package com.voiceqa.web.demo;

import com.voiceqa.web.accounts.AccountRepository;
import com.voiceqa.web.retention.AccountStatus;
import com.voiceqa.web.retention.OutcomeRepository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The demo's account outcomes and values, so the retention pages show something real: every account a customer for
 * over a year, some lost (at different times, for different reasons), one of them won back, one at risk; two big
 * accounts. Accounts that already have a history or value are left alone, so restarting the demo keeps what users
 * recorded.
 */
@Component
class DemoOutcomes {

    /** Customer since this many days before today. */
    private static final int CUSTOMER_FOR_DAYS = 400;

    private static final List<Outcome> OUTCOMES = List.of(
            new Outcome("云栖民宿", AccountStatus.LOST, 75, "service"),
            new Outcome("李氏个人理财", AccountStatus.LOST, 50, "competitor"),
            new Outcome("李氏个人理财", AccountStatus.WON_BACK, 12, null),
            new Outcome("刘家养殖场", AccountStatus.LOST, 18, "price"),
            new Outcome("陈记商贸", AccountStatus.LOST, 6, "competitor"),
            new Outcome("锦绣公寓", AccountStatus.AT_RISK, 20, null));

    /** Annual values (元): two big accounts among eight, so the key tier and value-weighted churn show. */
    private static final Map<String, Double> VALUES = Map.of(
            "星河物流", 1_200_000.0, "陈记商贸", 800_000.0, "东升五金", 300_000.0, "李氏个人理财", 150_000.0,
            "刘家养殖场", 90_000.0, "锦绣公寓", 60_000.0, "云栖民宿", 40_000.0, "孙氏家庭套餐", 20_000.0);

    private final AccountRepository accounts;
    private final OutcomeRepository outcomes;
    private final Clock clock;

    DemoOutcomes(AccountRepository accounts, OutcomeRepository outcomes, Clock clock) {
        this.accounts = accounts;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    /** Records the outcomes and values of the named demo accounts that have none yet. */
    void ensure(List<String> accountNames) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Double> values = outcomes.values();
        for (String name : accountNames) {
            accounts.id(name).filter(id -> !values.containsKey(id) && VALUES.containsKey(name))
                    .ifPresent(id -> outcomes.setValue(id, VALUES.get(name), null, clock.instant()));
            accounts.id(name).filter(id -> outcomes.history(id).isEmpty()).ifPresent(id -> {
                record(id, AccountStatus.ACTIVE, today.minusDays(CUSTOMER_FOR_DAYS), null);
                OUTCOMES.stream().filter(o -> o.account().equals(name))
                        .forEach(o -> record(id, o.status(), today.minusDays(o.daysAgo()), o.reason()));
            });
        }
    }

    private void record(long accountId, AccountStatus status, LocalDate date, String reason) {
        outcomes.insert(accountId, status, date, reason, "演示数据", null, clock.instant());
    }

    private record Outcome(String account, AccountStatus status, int daysAgo, String reason) {
    }
}
