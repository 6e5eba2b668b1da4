package com.voiceqa.web.notify;

import com.voiceqa.web.api.Db;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Channels and the outbox of deliveries. */
@Repository
public class OutboxRepository {

    private final JdbcClient jdbc;

    public OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Channel> channels() {
        return jdbc.sql("SELECT * FROM notify_channels ORDER BY id").query((rs, n) -> channel(rs, "")).list();
    }

    public long addChannel(String name, String kind, String target, String template, Instant now) {
        return addChannel(name, kind, target, template, null, now);
    }

    /** A channel of {@code userId}'s own (alerts addressed to them), or a shared one when it is null. */
    public long addChannel(String name, String kind, String target, String template, Long userId, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO notify_channels (name, kind, target, template, enabled, user_id, created_at) "
                        + "VALUES (:n, :k, :t, :tpl, TRUE, :u, :now)")
                .param("n", name).param("k", kind).param("t", target).param("tpl", template).param("u", userId)
                .param("now", Db.utc(now)).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Queues the notice for the channel unless a notice with its key was queued for it before; true if queued. */
    public boolean enqueue(long channelId, Notice notice, Instant now) {
        try {
            return jdbc.sql("INSERT INTO notify_outbox (channel_id, dedup_key, title, body, link, state, attempts, "
                            + "next_attempt_at, created_at) SELECT :c, :k, :t, :b, :l, 'pending', 0, :now, :now "
                            + "WHERE NOT EXISTS (SELECT 1 FROM notify_outbox WHERE channel_id = :c AND dedup_key = :k)")
                    .param("c", channelId).param("k", notice.key()).param("t", notice.title()).param("b", notice.body())
                    .param("l", notice.link()).param("now", Db.utc(now)).update() == 1;
        } catch (DuplicateKeyException e) {
            return false;  // queued concurrently by another thread: the unique key keeps it once
        }
    }

    /** Pending deliveries whose time has come, oldest first. */
    List<Delivery> due(Instant now, int limit) {
        return jdbc.sql("SELECT o.id, o.title, o.body, o.link, o.attempts, c.id AS c_id, c.name AS c_name, "
                        + "c.kind AS c_kind, c.target AS c_target, c.template AS c_template, c.enabled AS c_enabled, "
                        + "c.user_id AS c_user_id "
                        + "FROM notify_outbox o JOIN notify_channels c ON c.id = o.channel_id "
                        + "WHERE o.state = 'pending' AND o.next_attempt_at <= :now AND c.enabled "
                        + "ORDER BY o.next_attempt_at, o.id LIMIT " + limit)
                .param("now", Db.utc(now))
                .query((rs, n) -> new Delivery(rs.getLong("id"), channel(rs, "c_"), rs.getString("title"),
                        rs.getString("body"), rs.getString("link"), rs.getInt("attempts")))
                .list();
    }

    /** Takes a pending delivery for sending; false when another dispatcher took it first. */
    boolean claim(long id) {
        return jdbc.sql("UPDATE notify_outbox SET state = 'sending' WHERE id = :id AND state = 'pending'")
                .param("id", id).update() == 1;
    }

    void sent(long id, int attempts, Instant now) {
        jdbc.sql("UPDATE notify_outbox SET state = 'sent', attempts = :a, sent_at = :now, last_error = NULL WHERE id = :id")
                .param("a", attempts).param("now", Db.utc(now)).param("id", id).update();
    }

    /** Records a failed attempt: pending again at {@code next}, or failed for good when {@code next} is null. */
    void attemptFailed(long id, int attempts, Instant next, String error) {
        String message = error.length() > 2000 ? error.substring(0, 2000) : error;
        if (next == null) {
            jdbc.sql("UPDATE notify_outbox SET state = 'failed', attempts = :a, last_error = :e WHERE id = :id")
                    .param("a", attempts).param("e", message).param("id", id).update();
        } else {
            jdbc.sql("UPDATE notify_outbox SET state = 'pending', attempts = :a, next_attempt_at = :next, "
                            + "last_error = :e WHERE id = :id")
                    .param("a", attempts).param("next", Db.utc(next)).param("e", message).param("id", id).update();
        }
    }

    /** A delivery left 'sending' by a crash goes back to pending at start-up: it may go out again (at least once). */
    int releaseInterrupted() {
        return jdbc.sql("UPDATE notify_outbox SET state = 'pending' WHERE state = 'sending'").update();
    }

    public List<OutboxEntry> recent(int limit) {
        return jdbc.sql("SELECT o.*, c.name AS channel_name FROM notify_outbox o JOIN notify_channels c "
                        + "ON c.id = o.channel_id ORDER BY o.id DESC LIMIT " + limit)
                .query((rs, n) -> new OutboxEntry(rs.getLong("id"), rs.getString("channel_name"),
                        rs.getString("dedup_key"), rs.getString("title"), rs.getString("state"), rs.getInt("attempts"),
                        Db.instant(rs, "next_attempt_at"), rs.getString("last_error"), Db.instant(rs, "sent_at")))
                .list();
    }

    private static Channel channel(ResultSet rs, String prefix) throws SQLException {
        return new Channel(rs.getLong(prefix + "id"), rs.getString(prefix + "name"), rs.getString(prefix + "kind"),
                rs.getString(prefix + "target"), rs.getString(prefix + "template"), rs.getBoolean(prefix + "enabled"),
                Db.longOrNull(rs, prefix + "user_id"));
    }

    /** An outbox row as the admin page lists it. */
    public record OutboxEntry(long id, String channel, String key, String title, String state, int attempts,
                              Instant nextAttemptAt, String lastError, Instant sentAt) {
    }
}
