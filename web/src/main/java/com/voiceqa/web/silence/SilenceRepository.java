package com.voiceqa.web.silence;

import com.voiceqa.web.api.Db;
import com.voiceqa.web.api.Ref;
import com.voiceqa.web.security.VisibilityScope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the silence check reads (call times, lost accounts) and the warnings it keeps. */
@Repository
public class SilenceRepository {

    private final JdbcClient jdbc;

    public SilenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Each account's contact times, oldest first: its stored calls and its recorded orders and contracts
     * ({@code account_events}), so an account that orders without calling keeps its cadence.
     */
    Map<Long, List<Instant>> contactTimes() {
        Map<Long, List<Instant>> result = new LinkedHashMap<>();
        jdbc.sql("SELECT account_id, started_at AS contact_at FROM calls WHERE account_id IS NOT NULL "
                        + "AND status = 'done' UNION ALL SELECT account_id, occurred_at AS contact_at FROM account_events "
                        + "ORDER BY account_id, contact_at")
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong("account_id"), k -> new ArrayList<>())
                            .add(Db.instant(rs, "contact_at"));
                });
        return result;
    }

    /** Accounts whose latest status is lost: their silence is expected. */
    Set<Long> lostAccounts() {
        return new HashSet<>(jdbc.sql("SELECT s.account_id FROM account_status s WHERE s.status = 'lost' AND NOT EXISTS "
                        + "(SELECT 1 FROM account_status n WHERE n.account_id = s.account_id AND (n.effective_date > "
                        + "s.effective_date OR (n.effective_date = s.effective_date AND n.id > s.id)))")
                .query(Long.class).list());
    }

    /** Open warnings: account id → (warning id, the last contact it was raised for). */
    Map<Long, Open> open() {
        Map<Long, Open> result = new HashMap<>();
        jdbc.sql("SELECT id, account_id, last_contact_at FROM account_silence WHERE cleared_at IS NULL")
                .query(rs -> {
                    result.put(rs.getLong("account_id"), new Open(rs.getLong("id"), Db.instant(rs, "last_contact_at")));
                });
        return result;
    }

    /** Raises a warning for this silence; false when one was raised for the same last contact before. */
    boolean raise(long accountId, Instant lastContact, Duration cadence, Instant now) {
        try {
            jdbc.sql("INSERT INTO account_silence (account_id, last_contact_at, cadence_days, raised_at) "
                            + "VALUES (:a, :l, :c, :now)")
                    .param("a", accountId).param("l", Db.utc(lastContact)).param("c", cadence.toSeconds() / 86400.0)
                    .param("now", Db.utc(now)).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    void clear(long warningId, Instant now) {
        jdbc.sql("UPDATE account_silence SET cleared_at = :now WHERE id = :id").param("now", Db.utc(now))
                .param("id", warningId).update();
    }

    String accountName(long accountId) {
        return jdbc.sql("SELECT name FROM accounts WHERE id = :id").param("id", accountId).query(String.class).single();
    }

    /** Open warnings of the accounts within the scope, longest silence first. */
    public List<SilenceWarning> list(VisibilityScope accounts, Instant now) {
        return jdbc.sql("SELECT w.id, w.account_id, a.name, a.owner_id, o.display_name AS owner_name, w.last_contact_at, "
                        + "w.cadence_days, w.raised_at FROM account_silence w JOIN accounts a ON a.id = w.account_id "
                        + "LEFT JOIN users o ON o.id = a.owner_id WHERE w.cleared_at IS NULL AND " + accounts.sql()
                        + " ORDER BY w.last_contact_at")
                .params(accounts.params())
                .query((rs, n) -> {
                    Instant last = Db.instant(rs, "last_contact_at");
                    return new SilenceWarning(rs.getLong("id"), new Ref(rs.getLong("account_id"), rs.getString("name")),
                            Ref.of(Db.longOrNull(rs, "owner_id"), rs.getString("owner_name")), last,
                            rs.getDouble("cadence_days"), Duration.between(last, now).toHours() / 24.0,
                            Db.instant(rs, "raised_at"));
                })
                .list();
    }

    record Open(long id, Instant lastContact) {
    }
}
