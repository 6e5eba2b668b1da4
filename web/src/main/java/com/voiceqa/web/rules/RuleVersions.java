package com.voiceqa.web.rules;

import com.voiceqa.web.api.Db;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stored rule pack versions. */
@Repository
public class RuleVersions {

    static final RowMapper<RuleBook.StoredPack> STORED = (rs, n) -> new RuleBook.StoredPack(rs.getString("pack_id"),
            rs.getInt("version"), rs.getString("pack_json"), Db.longOrNull(rs, "author_id"),
            rs.getString("change_note"), Db.instant(rs, "created_at"));

    private final JdbcClient jdbc;

    public RuleVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RuleBook.StoredPack> versions(String packId) {
        return jdbc.sql("SELECT * FROM rule_versions WHERE pack_id = :p ORDER BY version DESC")
                .param("p", packId).query(STORED).list();
    }

    public Optional<RuleBook.StoredPack> version(String packId, int version) {
        return jdbc.sql("SELECT * FROM rule_versions WHERE pack_id = :p AND version = :v")
                .param("p", packId).param("v", version).query(STORED).optional();
    }

    public int latestVersion(String packId) {
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM rule_versions WHERE pack_id = :p")
                .param("p", packId).query(Integer.class).single();
    }

    public void insert(String packId, int version, String json, long authorId, String note) {
        jdbc.sql("INSERT INTO rule_versions (pack_id, version, pack_json, author_id, change_note, created_at) "
                        + "VALUES (:p, :v, :j, :a, :n, :now)")
                .param("p", packId).param("v", version).param("j", json).param("a", authorId).param("n", note)
                .param("now", Db.utc(Instant.now())).update();
    }
}
