package com.voiceqa.web.findings;

import com.voiceqa.web.api.Db;
import com.voiceqa.web.api.Ref;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Rule findings, their reviews and appeals. */
@Repository
public class HitRepository {

    private static final String SELECT = "SELECT h.*, rv.display_name AS reviewer_name, "
            + "p.id AS appeal_id, p.status AS appeal_status, p.appeal_note, p.rep_id AS appeal_rep, "
            + "ar.display_name AS appeal_rep_name, p.created_at AS appeal_at, p.decided_by, "
            + "dm.display_name AS decided_by_name, p.decision_note, p.decided_at "
            + "FROM rule_hits h LEFT JOIN users rv ON rv.id = h.reviewer_id "
            + "LEFT JOIN appeals p ON p.id = (SELECT MAX(p2.id) FROM appeals p2 WHERE p2.hit_id = h.id) "
            + "LEFT JOIN users ar ON ar.id = p.rep_id LEFT JOIN users dm ON dm.id = p.decided_by ";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public HitRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<HitView> forCall(String callId) {
        return jdbc.sql(SELECT + "WHERE h.call_id = :id ORDER BY h.id").param("id", callId).query(this::hit).list();
    }

    public Optional<HitView> find(String callId, long hitId) {
        return jdbc.sql(SELECT + "WHERE h.call_id = :c AND h.id = :h").param("c", callId).param("h", hitId)
                .query(this::hit).optional();
    }

    public void review(long hitId, String verdict, long reviewerId, String note) {
        jdbc.sql("UPDATE rule_hits SET verdict = :v, reviewer_id = :r, review_note = :n, reviewed_at = :now WHERE id = :id")
                .param("v", verdict).param("r", reviewerId).param("n", note).param("now", Db.utc(Instant.now()))
                .param("id", hitId).update();
    }

    public void appeal(long hitId, long repId, String note) {
        jdbc.sql("INSERT INTO appeals (hit_id, rep_id, appeal_note, status, created_at) VALUES (:h, :r, :n, 'open', :now)")
                .param("h", hitId).param("r", repId).param("n", note).param("now", Db.utc(Instant.now())).update();
    }

    public void decide(long appealId, boolean accepted, long managerId, String note) {
        jdbc.sql("UPDATE appeals SET status = :s, decided_by = :m, decision_note = :n, decided_at = :now WHERE id = :id")
                .param("s", accepted ? "accepted" : "rejected").param("m", managerId).param("n", note)
                .param("now", Db.utc(Instant.now())).param("id", appealId).update();
    }

    private HitView hit(ResultSet rs, int row) throws SQLException {
        String verdict = rs.getString("verdict");
        HitView.Review review = verdict == null ? null : new HitView.Review(verdict,
                Ref.of(Db.longOrNull(rs, "reviewer_id"), rs.getString("reviewer_name")), rs.getString("review_note"),
                Db.instant(rs, "reviewed_at"));
        Long appealId = Db.longOrNull(rs, "appeal_id");
        HitView.Appeal appeal = appealId == null ? null : new HitView.Appeal(appealId, rs.getString("appeal_status"),
                rs.getString("appeal_note"), Ref.of(Db.longOrNull(rs, "appeal_rep"), rs.getString("appeal_rep_name")),
                Db.instant(rs, "appeal_at"), decision(rs));
        return new HitView(rs.getLong("id"), rs.getString("rule_id"), rs.getString("rule_name"), rs.getString("pack_id"),
                rs.getString("kind"), rs.getString("category"), rs.getString("dimension"), rs.getString("severity"),
                rs.getDouble("points"),
                rs.getBoolean("veto"), rs.getBoolean("missing"), json.readTree(rs.getString("evidence_json")),
                review, appeal);
    }

    private static HitView.Decision decision(ResultSet rs) throws SQLException {
        Long by = Db.longOrNull(rs, "decided_by");
        return by == null ? null : new HitView.Decision(Ref.of(by, rs.getString("decided_by_name")),
                rs.getString("decision_note"), Db.instant(rs, "decided_at"));
    }
}
