package com.voiceqa.web.retention;

import com.voiceqa.web.api.ApiException;
import com.voiceqa.web.api.Days;
import com.voiceqa.web.security.CurrentUser;
import com.voiceqa.web.security.VisibilityScope;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Churn and retention rates over the accounts the user may see (docs/retention.md). */
@Service
public class RetentionService {

    static final int DEFAULT_DAYS = 30;
    private static final int MAX_DAYS = 3660;

    private final OutcomeRepository outcomes;
    private final Clock clock;

    public RetentionService(OutcomeRepository outcomes, Clock clock) {
        this.outcomes = outcomes;
        this.clock = clock;
    }

    /** The figures of [from, to] (both days included); defaults: the 30 days ending today. */
    public RetentionFigures figures(String from, String to, Long teamId, Long repId, String tier, CurrentUser user) {
        AccountTier.check(tier);
        LocalDate end = to == null || to.isBlank() ? LocalDate.now(clock) : Days.parse("to", to);
        LocalDate start = from == null || from.isBlank() ? end.minusDays(DEFAULT_DAYS - 1) : Days.parse("from", from);
        if (start.isAfter(end)) {
            throw ApiException.badRequest("开始日期晚于结束日期 / from must not be after to");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw ApiException.badRequest("时间段最长 10 年 / a period spans at most " + MAX_DAYS + " days");
        }
        List<AccountTimeline> timelines = timelines(teamId, repId, user).stream()
                .filter(a -> tier == null || a.tier().equals(tier)).toList();
        return RetentionCalculator.figures(timelines, start, end);
    }

    /** {@code periods} consecutive periods of {@code days} days, the last ending today; oldest first. */
    public List<RetentionFigures> trend(int periods, int days, CurrentUser user) {
        List<AccountTimeline> timelines = timelines(null, null, user);
        LocalDate end = LocalDate.now(clock);
        List<RetentionFigures> result = new ArrayList<>();
        for (int i = periods - 1; i >= 0; i--) {
            LocalDate periodEnd = end.minusDays((long) i * days);
            result.add(RetentionCalculator.figures(timelines, periodEnd.minusDays(days - 1), periodEnd));
        }
        return result;
    }

    /** Lift of each churn category over losses within {@code days} (docs/retention.md). */
    public List<SignalLift> lift(int days, CurrentUser user) {
        VisibilityScope scope = VisibilityScope.accounts(user);
        Map<Long, AccountTimeline> timelines = timelines(null, null, user).stream()
                .collect(Collectors.toMap(a -> a.account().id(), a -> a));
        return SignalLift.of(outcomes.firstSignals(scope), outcomes.firstCalls(scope), timelines, days, clock.getZone());
    }

    private List<AccountTimeline> timelines(Long teamId, Long repId, CurrentUser user) {
        return outcomes.timelines(VisibilityScope.accounts(user), teamId, repId, clock.getZone());
    }
}
