package com.voiceqa.web.digest;

import com.voiceqa.web.api.Db;
import com.voiceqa.web.api.Ref;
import com.voiceqa.web.security.VisibilityScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;

/** Accounts that had a high-risk call recently. */
@Repository
class HighRiskAccounts {

    private final JdbcClient jdbc;

    HighRiskAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Accounts within the scope with a high-risk call started at or after {@code since}, by name. */
    List<Ref> since(Instant since, VisibilityScope accounts) {
        return jdbc.sql("SELECT a.id, a.name FROM accounts a WHERE " + accounts.sql() + " AND EXISTS (SELECT 1 FROM "
                        + "calls c WHERE c.account_id = a.id AND c.churn_risk = 'high' AND c.started_at >= :since) "
                        + "ORDER BY a.name")
                .params(accounts.params()).param("since", Db.utc(since))
                .query((rs, n) -> new Ref(rs.getLong("id"), rs.getString("name"))).list();
    }
}
