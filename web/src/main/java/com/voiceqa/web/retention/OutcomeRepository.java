package com.voiceqa.web.retention;

import com.voiceqa.web.api.Db;
import com.voiceqa.web.api.Ref;
import com.voiceqa.web.security.VisibilityScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Account status history and the account timelines the churn rate is computed from. */
@Repository
public class OutcomeRepository {

    private static final String CHANGE_COLUMNS = "s.id, s.account_id, s.status, s.effective_date, s.reason, s.note, "
            + "s.changed_by, u.display_name AS changed_by_name, s.changed_at";

    private final JdbcClient jdbc;

    public OutcomeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the account exists and is within the scope. */
    public boolean visible(long accountId, VisibilityScope accounts) {
        return jdbc.sql("SELECT COUNT(*) FROM accounts a WHERE a.id = :id AND " + accounts.sql())
                .params(accounts.params()).param("id", accountId).query(Long.class).single() > 0;
    }

    /** The account's history, oldest first. */
    public List<StatusChange> history(long accountId) {
        return jdbc.sql("SELECT " + CHANGE_COLUMNS + " FROM account_status s LEFT JOIN users u ON u.id = s.changed_by "
                        + "WHERE s.account_id = :a ORDER BY s.effective_date, s.id")
                .param("a", accountId).query((rs, n) -> change(rs)).list();
    }

    public void insert(long accountId, AccountStatus status, LocalDate date, String reason, String note, Long userId,
                       Instant now) {
        jdbc.sql("INSERT INTO account_status (account_id, status, effective_date, reason, note, changed_by, changed_at) "
                        + "VALUES (:a, :s, :d, :r, :n, :u, :now)")
                .param("a", accountId).param("s", status.code()).param("d", date).param("r", reason).param("n", note)
                .param("u", userId).param("now", Db.utc(now)).update();
    }

    /**
     * Timelines of the accounts within the scope, optionally only those owned in one team or by one rep.
     *
     * @param zone the time zone that turns creation and call times into days
     */
    public List<AccountTimeline> timelines(VisibilityScope accounts, Long teamId, Long repId, ZoneId zone) {
        Map<String, Object> params = new HashMap<>(accounts.params());
        StringBuilder where = new StringBuilder(accounts.sql());
        if (teamId != null) {
            where.append(" AND o.team_id = :team");
            params.put("team", teamId);
        }
        if (repId != null) {
            where.append(" AND a.owner_id = :rep");
            params.put("rep", repId);
        }
        Map<Long, List<StatusChange>> changes = changes(accounts);
        Map<Long, Double> values = values();
        Map<Long, String> tiers = AccountTier.of(values);
        return jdbc.sql("SELECT a.id, a.name, a.created_at, a.owner_id, o.display_name AS owner_name, o.team_id, "
                        + "t.name AS team_name, (SELECT MIN(c.started_at) FROM calls c WHERE c.account_id = a.id) "
                        + "AS first_call FROM accounts a LEFT JOIN users o ON o.id = a.owner_id "
                        + "LEFT JOIN teams t ON t.id = o.team_id WHERE " + where + " ORDER BY a.id")
                .params(params)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    List<StatusChange> history = changes.getOrDefault(id, List.of());
                    LocalDate since = Stream.of(day(Db.instant(rs, "created_at"), zone),
                                    day(Db.instant(rs, "first_call"), zone),
                                    history.isEmpty() ? null : history.getFirst().date())
                            .filter(Objects::nonNull).min(LocalDate::compareTo).orElseThrow();
                    return new AccountTimeline(new Ref(id, rs.getString("name")), since,
                            Ref.of(Db.longOrNull(rs, "owner_id"), rs.getString("owner_name")),
                            Ref.of(Db.longOrNull(rs, "team_id"), rs.getString("team_name")), history,
                            values.get(id), tiers.getOrDefault(id, AccountTier.UNRATED));
                })
                .list();
    }

    /** Per account within the scope, per churn category, when it was first heard (findings that still count). */
    public Map<Long, Map<String, Instant>> firstSignals(VisibilityScope accounts) {
        Map<Long, Map<String, Instant>> result = new HashMap<>();
        jdbc.sql("SELECT c.account_id, h.category, MIN(c.started_at) AS first_at FROM rule_hits h "
                        + "JOIN calls c ON c.id = h.call_id JOIN accounts a ON a.id = c.account_id WHERE h.kind = 'churn' "
                        + "AND (h.verdict IS NULL OR h.verdict <> 'wrong') AND " + accounts.sql()
                        + " GROUP BY c.account_id, h.category")
                .params(accounts.params())
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong("account_id"), k -> new HashMap<>())
                            .put(rs.getString("category"), Db.instant(rs, "first_at"));
                });
        return result;
    }

    /** Per account within the scope that has calls, its first call. */
    public Map<Long, Instant> firstCalls(VisibilityScope accounts) {
        Map<Long, Instant> result = new HashMap<>();
        jdbc.sql("SELECT c.account_id, MIN(c.started_at) AS first_at FROM calls c JOIN accounts a ON a.id = c.account_id "
                        + "WHERE c.status = 'done' AND " + accounts.sql() + " GROUP BY c.account_id")
                .params(accounts.params())
                .query(rs -> {
                    result.put(rs.getLong("account_id"), Db.instant(rs, "first_at"));
                });
        return result;
    }

    /** Every account's annual value, company-wide: tiers rank all valued accounts, whoever asks. */
    public Map<Long, Double> values() {
        Map<Long, Double> values = new HashMap<>();
        jdbc.sql("SELECT account_id, annual_value FROM account_values")
                .query(rs -> {
                    values.put(rs.getLong("account_id"), rs.getDouble("annual_value"));
                });
        return values;
    }

    public void setValue(long accountId, double value, Long userId, Instant now) {
        int updated = jdbc.sql("UPDATE account_values SET annual_value = :v, updated_by = :u, updated_at = :now "
                        + "WHERE account_id = :a")
                .param("v", value).param("u", userId).param("now", Db.utc(now)).param("a", accountId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO account_values (account_id, annual_value, updated_by, updated_at) "
                            + "VALUES (:a, :v, :u, :now)")
                    .param("a", accountId).param("v", value).param("u", userId).param("now", Db.utc(now)).update();
        }
    }

    private Map<Long, List<StatusChange>> changes(VisibilityScope accounts) {
        Map<Long, List<StatusChange>> result = new HashMap<>();
        jdbc.sql("SELECT " + CHANGE_COLUMNS + " FROM account_status s JOIN accounts a ON a.id = s.account_id "
                        + "LEFT JOIN users u ON u.id = s.changed_by WHERE " + accounts.sql()
                        + " ORDER BY s.account_id, s.effective_date, s.id")
                .params(accounts.params())
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong("account_id"), k -> new ArrayList<>()).add(change(rs));
                });
        return result;
    }

    private static StatusChange change(ResultSet rs) throws SQLException {
        return new StatusChange(rs.getLong("id"), AccountStatus.parse(rs.getString("status")),
                rs.getObject("effective_date", LocalDate.class), rs.getString("reason"), rs.getString("note"),
                Ref.of(Db.longOrNull(rs, "changed_by"), rs.getString("changed_by_name")), Db.instant(rs, "changed_at"));
    }

    private static LocalDate day(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDate.ofInstant(instant, zone);
    }
}
