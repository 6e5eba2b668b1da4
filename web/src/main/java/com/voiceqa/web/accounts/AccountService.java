package com.voiceqa.web.accounts;

import com.voiceqa.rules.AccountRiskTrend;
import com.voiceqa.rules.ChurnRisk;
import com.voiceqa.web.api.ApiException;
import com.voiceqa.web.api.Db;
import com.voiceqa.web.api.Page;
import com.voiceqa.web.api.Ref;
import com.voiceqa.web.issues.AccountRisk;
import com.voiceqa.web.issues.IssueService;
import com.voiceqa.web.security.CurrentUser;
import com.voiceqa.web.security.VisibilityScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Customer accounts ranked by churn risk, each with its risk trend over its calls (oldest first) and the churn
 * signal categories heard most. Only calls the user may see count. The account's risk is its unresolved issues'
 * and recent trajectory's ({@link AccountRisk}), not its latest call's.
 */
@Service
public class AccountService {

    private static final List<String> RISK_ORDER = List.of("none", "low", "medium", "high");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final IssueService issues;

    public AccountService(JdbcClient jdbc, JsonMapper json, IssueService issues) {
        this.jdbc = jdbc;
        this.json = json;
        this.issues = issues;
    }

    public Page<AccountSummary> list(String sort, int page, int size, CurrentUser user) {
        List<AccountSummary> all = summaries(user, null);
        Comparator<AccountSummary> order = switch (sort) {
            case "name" -> Comparator.comparing(AccountSummary::name);
            case "lastCall" -> Comparator.comparing(AccountSummary::lastCallAt,
                    Comparator.nullsLast(Comparator.reverseOrder()));
            case "risk" -> Comparator.comparing((AccountSummary a) -> RISK_ORDER.indexOf(a.currentRisk())).reversed()
                    .thenComparing(a -> -a.callCount());
            default -> throw ApiException.badRequest("sort must be risk, name or lastCall");
        };
        List<AccountSummary> sorted = all.stream().sorted(order).toList();
        int from = Math.min(page * size, sorted.size());
        return new Page<>(sorted.subList(from, Math.min(from + size, sorted.size())), page, size, sorted.size());
    }

    public AccountDetail detail(long id, CurrentUser user) {
        AccountSummary summary = summaries(user, id).stream().findFirst()
                .orElseThrow(() -> ApiException.notFound("account " + id));
        VisibilityScope scope = VisibilityScope.calls(user);
        List<AccountDetail.Signal> evidence = jdbc.sql("SELECT c.id, c.started_at, h.category, h.rule_name, h.severity, "
                        + "h.evidence_json FROM rule_hits h JOIN calls c ON c.id = h.call_id WHERE c.account_id = :a "
                        + "AND h.kind = 'churn' AND (h.verdict IS NULL OR h.verdict <> 'wrong') AND " + scope.sql()
                        + " ORDER BY c.started_at DESC, h.id")
                .params(scope.params()).param("a", id)
                .query((rs, n) -> {
                    JsonNode first = json.readTree(rs.getString("evidence_json")).path(0);
                    return new AccountDetail.Signal(rs.getString("id"), Db.instant(rs, "started_at"),
                            rs.getString("category"), rs.getString("rule_name"), rs.getString("severity"),
                            first.path("text").asString(""), first.path("startSeconds").asDouble(0));
                })
                .list();
        return new AccountDetail(summary, evidence);
    }

    private List<AccountSummary> summaries(CurrentUser user, Long only) {
        VisibilityScope accounts = VisibilityScope.accounts(user);
        VisibilityScope calls = VisibilityScope.calls(user);
        Map<String, Object> params = new HashMap<>(accounts.params());
        params.putAll(calls.params());
        String one = "";
        if (only != null) {
            one = " AND a.id = :only";
            params.put("only", only);
        }
        List<Row> rows = jdbc.sql("SELECT a.id, a.name, a.owner_id, o.display_name AS owner_name, c.id AS call_id, "
                        + "c.started_at, c.churn_risk, c.score FROM accounts a LEFT JOIN users o ON o.id = a.owner_id "
                        + "LEFT JOIN calls c ON c.account_id = a.id AND c.status = 'done' AND " + calls.sql()
                        + " WHERE " + accounts.sql() + one + " ORDER BY a.id, c.started_at")
                .params(params)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"),
                        Ref.of(Db.longOrNull(rs, "owner_id"), rs.getString("owner_name")), rs.getString("call_id"),
                        Db.instant(rs, "started_at"), rs.getString("churn_risk"), Db.doubleOrNull(rs, "score")))
                .list();
        Map<Long, List<AccountSummary.Signal>> signals = topSignals(calls);
        Map<Long, List<Row>> byAccount = rows.stream()
                .collect(Collectors.groupingBy(Row::id, java.util.LinkedHashMap::new, Collectors.toList()));
        Map<Long, AccountRisk> risks = issues.risks(byAccount.entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, e -> e.getValue().stream().filter(r -> r.callId() != null).map(r ->
                        new AccountRiskTrend.Point(r.callId(), r.startedAt(), r.risk() == null ? ChurnRisk.NONE : ChurnRisk.parse(r.risk()), List.of()))
                        .toList())), user);
        return byAccount.values().stream().map(list -> summary(list, signals, risks.get(list.getFirst().id()))).toList();
    }

    private static AccountSummary summary(List<Row> rows, Map<Long, List<AccountSummary.Signal>> signals,
                                          AccountRisk risk) {
        Row first = rows.getFirst();
        List<AccountSummary.TrendPoint> trend = rows.stream().filter(r -> r.callId() != null)
                .map(r -> new AccountSummary.TrendPoint(r.callId(), r.startedAt(), r.risk(), r.score())).toList();
        AccountSummary.TrendPoint last = trend.isEmpty() ? null : trend.getLast();
        return new AccountSummary(first.id(), first.name(), first.owner(), trend.size(),
                last == null ? null : last.startedAt(), risk.level(), last == null ? "none" : last.risk(), risk, trend,
                signals.getOrDefault(first.id(), List.of()));
    }

    private Map<Long, List<AccountSummary.Signal>> topSignals(VisibilityScope calls) {
        Map<Long, List<AccountSummary.Signal>> result = new HashMap<>();
        jdbc.sql("SELECT c.account_id, h.category, COUNT(*) AS n FROM rule_hits h JOIN calls c ON c.id = h.call_id "
                        + "WHERE h.kind = 'churn' AND (h.verdict IS NULL OR h.verdict <> 'wrong') AND c.account_id IS NOT NULL AND "
                        + calls.sql() + " GROUP BY c.account_id, h.category ORDER BY n DESC, h.category")
                .params(calls.params())
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong("account_id"), k -> new java.util.ArrayList<>())
                            .add(new AccountSummary.Signal(rs.getString("category"), rs.getLong("n")));
                });
        return result;
    }

    private record Row(long id, String name, Ref owner, String callId, Instant startedAt, String risk, Double score) {
    }
}
