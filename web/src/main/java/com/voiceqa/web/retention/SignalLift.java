package com.voiceqa.web.retention;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which warnings preceded losses (docs/retention.md, "Early-warning lift"): for each churn category, the share of
 * accounts that showed it and were lost within {@code days} of first showing it, against the share of the accounts
 * that never showed it lost within {@code days} of their first call. Lift = the first share ÷ the second.
 *
 * @param category   the churn category
 * @param accounts   accounts that showed it
 * @param lost       of those, lost within the window after the first signal
 * @param lostRate   lost ÷ accounts
 * @param others     accounts with calls that never showed it
 * @param othersLost of those, lost within the window after their first call
 * @param othersRate othersLost ÷ others
 * @param lift       lostRate ÷ othersRate; null when the others lost none (or there are no others)
 */
public record SignalLift(String category, long accounts, long lost, @JsonProperty("lost_rate") Double lostRate,
                         long others, @JsonProperty("others_lost") long othersLost,
                         @JsonProperty("others_rate") Double othersRate, Double lift) {

    /**
     * @param firstSignal per account, per category, its first finding
     * @param firstCall   per account with calls, its first call
     * @param timelines   the accounts' status histories
     */
    static List<SignalLift> of(Map<Long, Map<String, Instant>> firstSignal, Map<Long, Instant> firstCall,
                               Map<Long, AccountTimeline> timelines, int days, ZoneId zone) {
        Set<String> categories = new TreeSet<>();
        firstSignal.values().forEach(m -> categories.addAll(m.keySet()));
        return categories.stream().map(category -> {
            long accounts = 0, lost = 0, others = 0, othersLost = 0;
            for (Map.Entry<Long, Instant> account : firstCall.entrySet()) {
                AccountTimeline timeline = timelines.get(account.getKey());
                if (timeline == null) {
                    continue;
                }
                Instant signal = firstSignal.getOrDefault(account.getKey(), Map.of()).get(category);
                boolean lostAfter = lostWithin(timeline, signal != null ? signal : account.getValue(), days, zone);
                if (signal != null) {
                    accounts++;
                    lost += lostAfter ? 1 : 0;
                } else {
                    others++;
                    othersLost += lostAfter ? 1 : 0;
                }
            }
            Double rate = accounts == 0 ? null : (double) lost / accounts;
            Double othersRate = others == 0 ? null : (double) othersLost / others;
            Double lift = rate == null || othersRate == null || othersRate == 0 ? null : rate / othersRate;
            return new SignalLift(category, accounts, lost, rate, others, othersLost, othersRate, lift);
        }).sorted(Comparator.comparing((SignalLift s) -> s.lostRate() == null ? -1 : s.lostRate()).reversed()
                .thenComparing(SignalLift::category)).toList();
    }

    private static boolean lostWithin(AccountTimeline timeline, Instant from, int days, ZoneId zone) {
        LocalDate start = LocalDate.ofInstant(from, zone);
        return timeline.firstLossBetween(start, start.plusDays(days)).isPresent();
    }
}
