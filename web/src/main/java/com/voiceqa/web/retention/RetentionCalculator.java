package com.voiceqa.web.retention;

import com.voiceqa.web.api.Ref;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The churn rate of a period from account timelines (docs/retention.md): the cohort is every account that was a
 * customer when the period began; churn = cohort accounts lost within [from, to] ÷ cohort. Accounts that became
 * customers during the period are in neither number, so a period's rate cannot be diluted by new business.
 * The value-weighted rate is the same with each account weighted by its annual value.
 */
final class RetentionCalculator {

    private RetentionCalculator() {
    }

    static RetentionFigures figures(List<AccountTimeline> accounts, LocalDate from, LocalDate to) {
        List<AccountTimeline> cohort = accounts.stream().filter(a -> a.customerAtStartOf(from)).toList();
        List<RetentionFigures.Loss> losses = cohort.stream()
                .flatMap(a -> a.firstLossBetween(from, to).stream()
                        .map(c -> new RetentionFigures.Loss(a.account(), a.owner(), c.date(), c.reason())))
                .sorted(Comparator.comparing(RetentionFigures.Loss::date).reversed()).toList();
        Map<String, Long> byReason = losses.stream().collect(Collectors.groupingBy(
                l -> l.reason() == null ? "other" : l.reason(), TreeMap::new, Collectors.counting()));
        long wonBack = accounts.stream().filter(a -> a.wonBackBetween(from, to)).count();
        double customersValue = value(cohort);
        double lostValue = value(cohort.stream().filter(a -> a.firstLossBetween(from, to).isPresent()).toList());
        return new RetentionFigures(from, to, cohort.size(), losses.size(), churn(losses.size(), cohort.size()),
                retention(losses.size(), cohort.size()), customersValue, lostValue,
                customersValue > 0 ? lostValue / customersValue : null, wonBack, byReason, byRep(cohort, from, to),
                losses);
    }

    private static List<RetentionFigures.RepFigures> byRep(List<AccountTimeline> cohort, LocalDate from, LocalDate to) {
        Map<Optional<Ref>, List<AccountTimeline>> byOwner = cohort.stream().collect(Collectors.groupingBy(
                a -> Optional.ofNullable(a.owner()), LinkedHashMap::new, Collectors.toList()));
        return byOwner.entrySet().stream().map(e -> {
            long lost = e.getValue().stream().filter(a -> a.firstLossBetween(from, to).isPresent()).count();
            return new RetentionFigures.RepFigures(e.getKey().orElse(null), e.getValue().size(), lost,
                    churn(lost, e.getValue().size()));
        }).sorted(Comparator.comparing((RetentionFigures.RepFigures r) -> r.churnRate() == null ? -1 : r.churnRate())
                .reversed()).toList();
    }

    private static double value(List<AccountTimeline> accounts) {
        return accounts.stream().filter(a -> a.value() != null).mapToDouble(AccountTimeline::value).sum();
    }

    private static Double churn(long lost, long customers) {
        return customers == 0 ? null : (double) lost / customers;
    }

    private static Double retention(long lost, long customers) {
        return customers == 0 ? null : 1 - (double) lost / customers;
    }
}
