package com.voiceqa.web.devices;

import com.voiceqa.web.api.Db;
import com.voiceqa.web.api.Ref;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Registered devices and their secrets. */
@Repository
public class DeviceRepository {

    private final JdbcClient jdbc;

    public DeviceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DeviceView> list(Predicate<String> online) {
        return jdbc.sql("SELECT d.*, u.display_name AS rep_name FROM devices d LEFT JOIN users u ON u.id = d.rep_id "
                        + "ORDER BY d.device_id")
                .query((rs, n) -> new DeviceView(rs.getLong("id"), rs.getString("device_id"), rs.getString("name"),
                        Ref.of(Db.longOrNull(rs, "rep_id"), rs.getString("rep_name")), Db.instant(rs, "created_at"),
                        Db.instant(rs, "last_seen_at"), online.test(rs.getString("device_id"))))
                .list();
    }

    public boolean exists(String deviceId) {
        return jdbc.sql("SELECT COUNT(*) FROM devices WHERE device_id = :d").param("d", deviceId).query(Long.class).single() > 0;
    }

    /** {@code storedSecret}: the secret as {@link DeviceSecretCipher} encrypted it. */
    public long insert(String deviceId, String name, Long repId, String storedSecret) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO devices (device_id, name, rep_id, secret, created_at) VALUES (:d, :n, :r, :s, :now)")
                .param("d", deviceId).param("n", name).param("r", repId).param("s", storedSecret)
                .param("now", Db.utc(Instant.now())).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    public int updateSecret(String deviceId, String storedSecret) {
        return jdbc.sql("UPDATE devices SET secret = :s WHERE device_id = :d").param("s", storedSecret)
                .param("d", deviceId).update();
    }

    public Optional<String> deviceId(long id) {
        return jdbc.sql("SELECT device_id FROM devices WHERE id = :id").param("id", id).query(String.class).optional();
    }

    public int delete(long id) {
        return jdbc.sql("DELETE FROM devices WHERE id = :id").param("id", id).update();
    }

    public void touch(String deviceId) {
        jdbc.sql("UPDATE devices SET last_seen_at = :now WHERE device_id = :d")
                .param("now", Db.utc(Instant.now())).param("d", deviceId).update();
    }

    /** Every device's stored (encrypted) secret, for the gateway's in-memory directory. */
    public Map<String, String> secrets() {
        return jdbc.sql("SELECT device_id, secret FROM devices")
                .query((rs, n) -> Map.entry(rs.getString("device_id"), rs.getString("secret"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The rep a device is assigned to. */
    public Optional<Long> rep(String deviceId) {
        return jdbc.sql("SELECT rep_id FROM devices WHERE device_id = :d").param("d", deviceId)
                .query((rs, n) -> Db.longOrNull(rs, "rep_id")).optional().filter(java.util.Objects::nonNull);
    }
}
