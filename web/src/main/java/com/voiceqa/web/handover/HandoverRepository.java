package com.voiceqa.web.handover;

import com.voiceqa.web.api.Db;
import com.voiceqa.web.api.Ref;
import com.voiceqa.web.security.VisibilityScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Account owners: who waits for handover, reassignment and the owner history. */
@Repository
public class HandoverRepository {

    private final JdbcClient jdbc;

    public HandoverRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Accounts within the scope owned by a disabled user. */
    List<HandoverAccount> pending(VisibilityScope accounts) {
        return jdbc.sql("SELECT a.id, a.name, a.owner_id, o.display_name AS owner_name, o.team_id, t.name AS team_name "
                        + "FROM accounts a JOIN users o ON o.id = a.owner_id LEFT JOIN teams t ON t.id = o.team_id "
                        + "WHERE NOT o.enabled AND " + accounts.sql() + " ORDER BY o.display_name, a.name")
                .params(accounts.params())
                .query((rs, n) -> new HandoverAccount(new Ref(rs.getLong("id"), rs.getString("name")),
                        new Ref(rs.getLong("owner_id"), rs.getString("owner_name")),
                        Ref.of(Db.longOrNull(rs, "team_id"), rs.getString("team_name"))))
                .list();
    }

    /** Ids of the user's accounts. */
    List<Long> ownedBy(long userId) {
        return jdbc.sql("SELECT id FROM accounts WHERE owner_id = :u ORDER BY id").param("u", userId)
                .query(Long.class).list();
    }

    /** The current owner of an account within the scope (empty optional inside: no owner); empty: not visible. */
    Optional<Optional<Long>> owner(long accountId, VisibilityScope accounts) {
        return jdbc.sql("SELECT a.owner_id FROM accounts a WHERE a.id = :id AND " + accounts.sql())
                .params(accounts.params()).param("id", accountId)
                .query((rs, n) -> Optional.ofNullable(Db.longOrNull(rs, "owner_id"))).optional();
    }

    /** Whether the user is enabled and within the scope (a manager's team). */
    boolean enabledWithin(long userId, VisibilityScope users) {
        return jdbc.sql("SELECT COUNT(*) FROM users u WHERE u.id = :id AND u.enabled AND " + users.sql())
                .params(users.params()).param("id", userId).query(Long.class).single() > 0;
    }

    void reassign(long accountId, Long from, long to, long by, Instant now, String note) {
        jdbc.sql("UPDATE accounts SET owner_id = :to WHERE id = :id").param("to", to).param("id", accountId).update();
        jdbc.sql("INSERT INTO account_owner_history (account_id, from_owner_id, to_owner_id, changed_by, changed_at, note) "
                        + "VALUES (:a, :f, :t, :b, :now, :n)")
                .param("a", accountId).param("f", from).param("t", to).param("b", by).param("now", Db.utc(now))
                .param("n", note).update();
    }

    List<OwnerChange> history(long accountId) {
        return jdbc.sql("SELECT h.id, h.from_owner_id, f.display_name AS from_name, h.to_owner_id, "
                        + "t.display_name AS to_name, h.changed_by, b.display_name AS by_name, h.changed_at, h.note "
                        + "FROM account_owner_history h LEFT JOIN users f ON f.id = h.from_owner_id "
                        + "LEFT JOIN users t ON t.id = h.to_owner_id LEFT JOIN users b ON b.id = h.changed_by "
                        + "WHERE h.account_id = :a ORDER BY h.changed_at, h.id")
                .param("a", accountId)
                .query((rs, n) -> new OwnerChange(rs.getLong("id"),
                        Ref.of(Db.longOrNull(rs, "from_owner_id"), rs.getString("from_name")),
                        Ref.of(Db.longOrNull(rs, "to_owner_id"), rs.getString("to_name")),
                        Ref.of(Db.longOrNull(rs, "changed_by"), rs.getString("by_name")),
                        Db.instant(rs, "changed_at"), rs.getString("note")))
                .list();
    }
}
