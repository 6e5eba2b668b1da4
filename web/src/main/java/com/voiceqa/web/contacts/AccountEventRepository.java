package com.voiceqa.web.contacts;

import com.voiceqa.web.api.Db;
import com.voiceqa.web.api.Ref;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;

/** Orders and contracts of accounts. */
@Repository
class AccountEventRepository {

    private final JdbcClient jdbc;

    AccountEventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long accountId, String kind, Instant occurredAt, Double amount, String note, long userId, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO account_events (account_id, kind, occurred_at, amount, note, recorded_by, recorded_at) "
                        + "VALUES (:a, :k, :at, :amount, :note, :u, :now)")
                .param("a", accountId).param("k", kind).param("at", Db.utc(occurredAt)).param("amount", amount)
                .param("note", note).param("u", userId).param("now", Db.utc(now)).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** The account's events, newest first. */
    List<AccountEvent> list(long accountId) {
        return jdbc.sql("SELECT e.*, a.name AS account_name, u.display_name AS recorded_by_name FROM account_events e "
                        + "JOIN accounts a ON a.id = e.account_id LEFT JOIN users u ON u.id = e.recorded_by "
                        + "WHERE e.account_id = :a ORDER BY e.occurred_at DESC, e.id DESC")
                .param("a", accountId)
                .query((rs, n) -> new AccountEvent(rs.getLong("id"),
                        new Ref(rs.getLong("account_id"), rs.getString("account_name")), rs.getString("kind"),
                        Db.instant(rs, "occurred_at"), Db.doubleOrNull(rs, "amount"), rs.getString("note"),
                        Ref.of(Db.longOrNull(rs, "recorded_by"), rs.getString("recorded_by_name")),
                        Db.instant(rs, "recorded_at")))
                .list();
    }
}
