package com.voiceqa.web.issues;

import com.voiceqa.rules.AccountRiskTrend;
import com.voiceqa.rules.ChurnRisk;

import java.util.List;

/**
 * An account's churn risk (docs/retention.md): the higher of its unresolved issues' peak risk and its recent
 * trajectory. The trajectory is the peak of its recent calls, one level lower when the calls are falling; so one
 * calm call neither erases an open complaint nor, on its own, a high-risk call of last week.
 *
 * @param level      the account's risk
 * @param peak       the highest risk among its recent calls
 * @param direction  rising, falling or stable: the latest recent call against the mean of those before it
 * @param openIssues its unresolved issues
 */
public record AccountRisk(String level, String peak, String direction, long openIssues) {

    /**
     * @param recentCalls its calls within the recent window, any order
     * @param issues      its unresolved issues
     */
    public static AccountRisk of(List<AccountRiskTrend.Point> recentCalls, List<AccountIssue> issues) {
        AccountRiskTrend trend = AccountRiskTrend.of("", recentCalls);
        ChurnRisk trajectory = trend.direction() == AccountRiskTrend.Direction.FALLING
                ? max(trend.current(), ChurnRisk.values()[Math.max(0, trend.peak().ordinal() - 1)])
                : trend.peak();
        ChurnRisk fromIssues = issues.stream().map(i -> ChurnRisk.parse(i.peakRisk()))
                .reduce(ChurnRisk.NONE, AccountRisk::max);
        return new AccountRisk(max(trajectory, fromIssues).label(), trend.peak().label(),
                trend.direction().name().toLowerCase(java.util.Locale.ROOT), issues.size());
    }

    private static ChurnRisk max(ChurnRisk a, ChurnRisk b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
