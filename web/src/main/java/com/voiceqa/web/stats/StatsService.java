package com.voiceqa.web.stats;

import com.voiceqa.web.api.Db;
import com.voiceqa.web.api.Ref;
import com.voiceqa.web.calls.CallFilter;
import com.voiceqa.web.calls.CallService;
import com.voiceqa.web.calls.CallSummary;
import com.voiceqa.web.security.CurrentUser;
import com.voiceqa.web.security.VisibilityScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The dashboard's numbers, over the calls the user may see. Aggregated in Java from one scoped query per answer:
 * a period is at most a year of calls, and the same code then runs unchanged on H2 and PostgreSQL.
 */
@Service
public class StatsService {

    /** A QA finding that cost points, vetoed, or marks a required item as missing; reviewed-wrong ones excluded. */
    private static final String FAILED_QA = "h.kind = 'quality' AND (h.points < 0 OR h.missing OR h.veto) "
            + "AND (h.verdict IS NULL OR h.verdict <> 'wrong')";
    /** A required QA item the rep left out (not a violation such as 禁语): what 最常缺失的质检项 counts. */
    private static final String MISSED_QA = FAILED_QA + " AND h.missing";

    private final JdbcClient jdbc;
    private final CallService calls;

    public StatsService(JdbcClient jdbc, CallService calls) {
        this.jdbc = jdbc;
        this.calls = calls;
    }

    public Overview overview(int days, CurrentUser user) {
        ZoneId zone = ZoneId.systemDefault();
        Instant since = Instant.now().minus(Duration.ofDays(days));
        List<CallRow> rows = rows(since, user);
        Instant today = LocalDate.now(zone).atStartOfDay(zone).toInstant();
        Instant week = LocalDate.now(zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone).toInstant();
        Map<String, Long> risks = new LinkedHashMap<>();
        for (String risk : List.of("none", "low", "medium", "high")) {
            risks.put(risk, rows.stream().filter(r -> risk.equals(r.risk())).count());
        }
        Map<LocalDate, List<CallRow>> byDay = rows.stream()
                .collect(Collectors.groupingBy(r -> LocalDate.ofInstant(r.startedAt(), zone), TreeMap::new, Collectors.toList()));
        List<Daily> daily = byDay.entrySet().stream().map(e -> new Daily(e.getKey(), e.getValue().size(),
                average(e.getValue()), e.getValue().stream().filter(r -> "high".equals(r.risk())).count())).toList();
        List<CallSummary> alerts = calls.list(new CallFilter(null, null, null, since.toString(), null, null, null,
                "medium,high", null, "done", null, "startedAt,desc", 0, 10), user).items();
        return new Overview(rows.stream().filter(r -> !r.startedAt().isBefore(today)).count(),
                rows.stream().filter(r -> !r.startedAt().isBefore(week)).count(), rows.size(), average(rows), risks,
                alerts, ruleCounts(FAILED_QA, since, user, null), daily);
    }

    public List<RepStats> reps(int days, CurrentUser user) {
        Instant since = Instant.now().minus(Duration.ofDays(days));
        Map<Long, List<CallRow>> byRep = rows(since, user).stream().filter(r -> r.rep() != null)
                .collect(Collectors.groupingBy(r -> r.rep().id()));
        return byRep.values().stream().map(list -> {
            CallRow any = list.getFirst();
            return new RepStats(any.rep(), any.team(), list.size(), average(list),
                    list.stream().filter(r -> "high".equals(r.risk())).count(),
                    ruleCounts(MISSED_QA, since, user, any.rep().id()).stream().limit(3).toList());
        }).sorted(Comparator.comparing((RepStats r) -> r.averageScore() == null ? -1 : r.averageScore()).reversed()).toList();
    }

    private List<CallRow> rows(Instant since, CurrentUser user) {
        VisibilityScope scope = VisibilityScope.calls(user);
        return jdbc.sql("SELECT c.started_at, c.score, c.churn_risk, c.rep_id, r.display_name AS rep_name, c.team_id, "
                        + "t.name AS team_name FROM calls c LEFT JOIN users r ON r.id = c.rep_id "
                        + "LEFT JOIN teams t ON t.id = c.team_id WHERE c.status = 'done' AND c.started_at >= :since AND "
                        + scope.sql())
                .params(scope.params()).param("since", Db.utc(since))
                .query((rs, n) -> new CallRow(Db.instant(rs, "started_at"), Db.doubleOrNull(rs, "score"),
                        rs.getString("churn_risk"), Ref.of(Db.longOrNull(rs, "rep_id"), rs.getString("rep_name")),
                        Ref.of(Db.longOrNull(rs, "team_id"), rs.getString("team_name"))))
                .list();
    }

    /** The ten QA rules whose findings match {@code which} most often since then, for one rep or everyone visible. */
    private List<RuleCount> ruleCounts(String which, Instant since, CurrentUser user, Long repId) {
        VisibilityScope scope = VisibilityScope.calls(user);
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("since", Db.utc(since));
        String rep = "";
        if (repId != null) {
            rep = " AND c.rep_id = :rep";
            params.put("rep", repId);
        }
        return jdbc.sql("SELECT h.rule_id, MIN(h.rule_name) AS rule_name, MIN(h.category) AS category, COUNT(*) AS n "
                        + "FROM rule_hits h JOIN calls c ON c.id = h.call_id WHERE " + which
                        + " AND c.started_at >= :since AND " + scope.sql() + rep
                        + " GROUP BY h.rule_id ORDER BY n DESC, h.rule_id LIMIT 10")
                .params(params)
                .query((rs, n) -> new RuleCount(rs.getString("rule_id"), rs.getString("rule_name"),
                        rs.getString("category"), rs.getLong("n")))
                .list();
    }

    private static Double average(List<CallRow> rows) {
        var scores = rows.stream().filter(r -> r.score() != null).mapToDouble(CallRow::score).summaryStatistics();
        return scores.getCount() == 0 ? null : Math.round(scores.getAverage() * 10) / 10.0;
    }

    private record CallRow(Instant startedAt, Double score, String risk, Ref rep, Ref team) {
    }

    public record Overview(long callsToday, long callsThisWeek, long callsInPeriod, Double averageScore,
                           Map<String, Long> riskDistribution, List<CallSummary> churnAlerts,
                           List<RuleCount> topFailedRules, List<Daily> daily) {
    }

    public record Daily(LocalDate date, long calls, Double averageScore, long highRisk) {
    }

    public record RuleCount(String ruleId, String ruleName, String category, long count) {
    }

    public record RepStats(Ref rep, Ref team, long calls, Double averageScore, long highRiskCalls,
                           List<RuleCount> mostMissed) {
    }
}
