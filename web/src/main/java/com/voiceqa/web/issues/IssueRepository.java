package com.voiceqa.web.issues;

import com.voiceqa.web.api.Db;
import com.voiceqa.web.api.Ref;
import com.voiceqa.web.security.VisibilityScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Account issues and their links to the findings that raised them. */
@Repository
public class IssueRepository {

    /** A finding that still counts: not judged wrong by a review. */
    private static final String COUNTS = "(h.verdict IS NULL OR h.verdict <> 'wrong')";
    private static final String RISK_RANK = "CASE c.churn_risk WHEN 'high' THEN 3 WHEN 'medium' THEN 2 "
            + "WHEN 'low' THEN 1 ELSE 0 END";
    /** Per issue, from the findings that still count: when raised and last heard, how often, the peak call risk. */
    private static final String SUPPORT = "SELECT x.issue_id, MIN(c.started_at) AS raised_at, MAX(c.started_at) AS "
            + "last_seen, COUNT(*) AS mentions, MAX(" + RISK_RANK + ") AS peak FROM account_issue_hits x "
            + "JOIN rule_hits h ON h.id = x.hit_id JOIN calls c ON c.id = h.call_id WHERE " + COUNTS
            + " GROUP BY x.issue_id";
    static final List<String> RISKS = List.of("none", "low", "medium", "high");

    private final JdbcClient jdbc;

    public IssueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A churn finding of a call that no issue holds yet. */
    record Finding(long hitId, String category, long accountId, Long accountOwner, Instant callStartedAt) {
    }

    List<Finding> unlinkedFindings(String callId) {
        return jdbc.sql("SELECT h.id, h.category, c.account_id, a.owner_id, c.started_at FROM rule_hits h "
                        + "JOIN calls c ON c.id = h.call_id JOIN accounts a ON a.id = c.account_id "
                        + "WHERE h.call_id = :call AND h.kind = 'churn' AND " + COUNTS
                        + " AND NOT EXISTS (SELECT 1 FROM account_issue_hits x WHERE x.hit_id = h.id) ORDER BY h.id")
                .param("call", callId)
                .query((rs, n) -> new Finding(rs.getLong("id"), rs.getString("category"), rs.getLong("account_id"),
                        Db.longOrNull(rs, "owner_id"), Db.instant(rs, "started_at")))
                .list();
    }

    /** Stored calls whose churn findings no issue holds yet, oldest first (issues raised before this feature). */
    List<String> callsWithUnlinkedFindings() {
        return jdbc.sql("SELECT c.id, MIN(c.started_at) AS started FROM calls c JOIN rule_hits h ON h.call_id = c.id "
                        + "WHERE c.account_id IS NOT NULL AND h.kind = 'churn' AND " + COUNTS
                        + " AND NOT EXISTS (SELECT 1 FROM account_issue_hits x WHERE x.hit_id = h.id) "
                        + "GROUP BY c.id ORDER BY started")
                .query((rs, n) -> rs.getString("id")).list();
    }

    /** The account's unresolved issue of the category, if any. */
    Optional<Long> unresolved(long accountId, String category) {
        return jdbc.sql("SELECT id FROM account_issues WHERE account_id = :a AND category = :c AND state <> 'resolved'")
                .param("a", accountId).param("c", category).query(Long.class).optional();
    }

    /** The account's issue of the category resolved after {@code instant}: a finding older than that is old news. */
    Optional<Long> resolvedAfter(long accountId, String category, Instant instant) {
        return jdbc.sql("SELECT id FROM account_issues WHERE account_id = :a AND category = :c "
                        + "AND state = 'resolved' AND resolved_at > :t ORDER BY id DESC")
                .param("a", accountId).param("c", category).param("t", Db.utc(instant))
                .query(Long.class).list().stream().findFirst();
    }

    long create(long accountId, String category, Long followUpOwner, LocalDate dueDate, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO account_issues (account_id, category, state, follow_up_owner, due_date, changed_at) "
                        + "VALUES (:a, :c, 'open', :o, :d, :now)")
                .param("a", accountId).param("c", category).param("o", followUpOwner).param("d", dueDate)
                .param("now", Db.utc(now)).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /**
     * Moves an untouched issue's due date earlier when an older finding joins it (calls may be stored out of order):
     * the follow-up runs from when the issue was first raised. A date a person set is kept.
     */
    void dueNoLaterThan(long issueId, LocalDate due) {
        jdbc.sql("UPDATE account_issues SET due_date = :d WHERE id = :id AND changed_by IS NULL AND due_date > :d")
                .param("d", due).param("id", issueId).update();
    }

    void link(long issueId, long hitId) {
        jdbc.sql("INSERT INTO account_issue_hits (issue_id, hit_id) VALUES (:i, :h)")
                .param("i", issueId).param("h", hitId).update();
    }

    /** Issues within the scope with at least one finding that still counts, newest first. */
    List<AccountIssue> list(VisibilityScope accounts, Long accountId, boolean unresolvedOnly, LocalDate today) {
        Map<String, Object> params = new HashMap<>(accounts.params());
        StringBuilder where = new StringBuilder(accounts.sql());
        if (accountId != null) {
            where.append(" AND i.account_id = :account");
            params.put("account", accountId);
        }
        if (unresolvedOnly) {
            where.append(" AND i.state <> 'resolved'");
        }
        return jdbc.sql("SELECT i.*, a.name AS account_name, f.display_name AS follow_up_name, "
                        + "cb.display_name AS changed_by_name, rb.display_name AS resolved_by_name, s.raised_at, "
                        + "s.last_seen, s.mentions, s.peak FROM account_issues i JOIN accounts a ON a.id = i.account_id "
                        + "JOIN (" + SUPPORT + ") s ON s.issue_id = i.id "
                        + "LEFT JOIN users f ON f.id = i.follow_up_owner LEFT JOIN users cb ON cb.id = i.changed_by "
                        + "LEFT JOIN users rb ON rb.id = i.resolved_by WHERE " + where
                        + " ORDER BY s.last_seen DESC, i.id DESC")
                .params(params)
                .query((rs, n) -> {
                    IssueState state = IssueState.parse(rs.getString("state"));
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    return new AccountIssue(rs.getLong("id"),
                            new Ref(rs.getLong("account_id"), rs.getString("account_name")), rs.getString("category"),
                            state, Db.instant(rs, "raised_at"), Db.instant(rs, "last_seen"), rs.getLong("mentions"),
                            RISKS.get(rs.getInt("peak")),
                            new AccountIssue.FollowUp(Ref.of(Db.longOrNull(rs, "follow_up_owner"),
                                    rs.getString("follow_up_name")), due,
                                    state != IssueState.RESOLVED && due != null && due.isBefore(today)),
                            Ref.of(Db.longOrNull(rs, "changed_by"), rs.getString("changed_by_name")),
                            Db.instant(rs, "changed_at"),
                            Ref.of(Db.longOrNull(rs, "resolved_by"), rs.getString("resolved_by_name")),
                            Db.instant(rs, "resolved_at"), rs.getString("note"));
                })
                .list();
    }

    void update(long issueId, IssueState state, Long followUpOwner, LocalDate dueDate, String note, long userId,
                Instant now) {
        boolean resolved = state == IssueState.RESOLVED;
        jdbc.sql("UPDATE account_issues SET state = :s, follow_up_owner = :o, due_date = :d, note = :n, "
                        + "changed_by = :u, changed_at = :now, resolved_by = :rb, resolved_at = :ra WHERE id = :id")
                .param("s", state.code()).param("o", followUpOwner).param("d", dueDate).param("n", note)
                .param("u", userId).param("now", Db.utc(now)).param("rb", resolved ? userId : null)
                .param("ra", resolved ? Db.utc(now) : null).param("id", issueId).update();
    }

    /** The state of an issue of the account, if the issue exists and the account is within the scope. */
    Optional<IssueState> state(long accountId, long issueId, VisibilityScope accounts) {
        return jdbc.sql("SELECT i.state FROM account_issues i JOIN accounts a ON a.id = i.account_id "
                        + "WHERE i.id = :id AND i.account_id = :account AND " + accounts.sql())
                .params(accounts.params()).param("id", issueId).param("account", accountId)
                .query((rs, n) -> IssueState.parse(rs.getString("state"))).optional();
    }

    /**
     * Unresolved issues past their due date not yet alerted for that date, with whoever follows them up (the follow-up
     * owner, else the account's owner) and that person's team.
     */
    List<OverdueIssue> overdueNotAlerted(LocalDate today) {
        return jdbc.sql("SELECT i.id, i.category, i.due_date, a.id AS account_id, a.name AS account_name, "
                        + "o.id AS owner_id, o.display_name AS owner_name, o.team_id FROM account_issues i "
                        + "JOIN accounts a ON a.id = i.account_id JOIN (" + SUPPORT + ") s ON s.issue_id = i.id "
                        + "LEFT JOIN users o ON o.id = COALESCE(i.follow_up_owner, a.owner_id) "
                        + "WHERE i.state <> 'resolved' AND i.due_date < :today "
                        + "AND (i.overdue_alerted_for IS NULL OR i.overdue_alerted_for <> i.due_date) ORDER BY i.id")
                .param("today", today)
                .query((rs, n) -> new OverdueIssue(rs.getLong("id"),
                        new Ref(rs.getLong("account_id"), rs.getString("account_name")), rs.getString("category"),
                        rs.getObject("due_date", LocalDate.class),
                        Ref.of(Db.longOrNull(rs, "owner_id"), rs.getString("owner_name")), Db.longOrNull(rs, "team_id")))
                .list();
    }

    /** Marks the issue alerted for its due date; false when another run did so first. */
    boolean markOverdueAlerted(long issueId, LocalDate due) {
        return jdbc.sql("UPDATE account_issues SET overdue_alerted_for = :d WHERE id = :id AND due_date = :d "
                        + "AND (overdue_alerted_for IS NULL OR overdue_alerted_for <> :d)")
                .param("d", due).param("id", issueId).update() == 1;
    }

    /** An overdue follow-up: the issue, whoever follows it up ({@code owner}, may be null) and their team. */
    record OverdueIssue(long id, Ref account, String category, LocalDate dueDate, Ref owner, Long ownerTeam) {
    }

    boolean userExists(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM users WHERE id = :id AND enabled").param("id", userId)
                .query(Long.class).single() > 0;
    }
}
