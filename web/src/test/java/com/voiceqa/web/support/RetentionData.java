package com.voiceqa.web.support;

import com.voiceqa.web.api.Db;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Rows for tests of one retention component against the real schema ({@link MigratedDatabase}): teams, people,
 * accounts, calls with a churn finding, and the account issue the finding raised.
 */
public record RetentionData(JdbcClient jdbc) {

    public long team(String name) {
        return insert(jdbc.sql("INSERT INTO teams (name, created_at) VALUES (:n, :now)").param("n", name));
    }

    public long user(String username, String role, Long teamId) {
        return insert(jdbc.sql("INSERT INTO users (username, display_name, password_hash, role, team_id, enabled, "
                        + "created_at) VALUES (:u, :u, 'x', :r, :t, TRUE, :now)")
                .param("u", username).param("r", role).param("t", teamId));
    }

    public long account(String name, Long ownerId) {
        return insert(jdbc.sql("INSERT INTO accounts (name, owner_id, created_at) VALUES (:n, :o, :now)")
                .param("n", name).param("o", ownerId));
    }

    /** A stored call of the account, with its churn risk; its team is the rep's. */
    public String call(String id, long accountId, Long repId, Instant startedAt, String churnRisk) {
        jdbc.sql("INSERT INTO calls (id, source, status, progress, rep_id, team_id, account_id, started_at, duration_s, "
                        + "vetoed, churn_risk, created_at) VALUES (:id, 'upload', 'done', 1, :rep, "
                        + "(SELECT team_id FROM users WHERE id = :rep), :account, :started, 60, FALSE, :risk, :started)")
                .param("id", id).param("rep", repId).param("account", accountId).param("started", Db.utc(startedAt))
                .param("risk", churnRisk).update();
        return id;
    }

    /** An open issue of the category raised by a churn finding of the call, followed up by {@code owner} by {@code due}. */
    public long issue(String callId, long accountId, String category, Long owner, LocalDate due) {
        long hit = insert(jdbc.sql("INSERT INTO rule_hits (call_id, rule_id, rule_name, pack_id, kind, category, "
                        + "dimension, severity, points, veto, missing, evidence_json) VALUES (:c, :cat, :cat, 'churn', "
                        + "'churn', :cat, :cat, 'high', 0, FALSE, FALSE, '[]')")
                .param("c", callId).param("cat", category));
        long issue = insert(jdbc.sql("INSERT INTO account_issues (account_id, category, state, follow_up_owner, "
                        + "due_date, changed_at) VALUES (:a, :cat, 'open', :o, :d, :now)")
                .param("a", accountId).param("cat", category).param("o", owner).param("d", due));
        jdbc.sql("INSERT INTO account_issue_hits (issue_id, hit_id) VALUES (:i, :h)").param("i", issue)
                .param("h", hit).update();
        return issue;
    }

    private static long insert(JdbcClient.StatementSpec statement) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        statement.param("now", Db.utc(Instant.EPOCH)).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }
}
