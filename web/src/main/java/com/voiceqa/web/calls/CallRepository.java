package com.voiceqa.web.calls;

import com.voiceqa.web.api.Db;
import com.voiceqa.web.api.Page;
import com.voiceqa.web.api.Ref;
import com.voiceqa.web.security.VisibilityScope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Calls and their segments in the database; every read is limited by a {@link VisibilityScope}. */
@Repository
public class CallRepository {

    public static final String SUMMARY_SELECT = "SELECT c.id, c.started_at, c.duration_s, c.rep_id, r.display_name AS rep_name, "
            + "c.team_id, t.name AS team_name, c.account_id, a.name AS account_name, c.device, c.source, c.status, "
            + "c.progress, c.error, c.score, c.max_score, c.vetoed, c.churn_risk, c.audio_path, "
            + "(SELECT COUNT(*) FROM rule_hits h WHERE h.call_id = c.id) AS hit_count, "
            + "(SELECT COUNT(*) FROM appeals p JOIN rule_hits h ON h.id = p.hit_id "
            + "  WHERE h.call_id = c.id AND p.status = 'open') AS open_appeals "
            + "FROM calls c LEFT JOIN users r ON r.id = c.rep_id LEFT JOIN teams t ON t.id = c.team_id "
            + "LEFT JOIN accounts a ON a.id = c.account_id ";

    public static final RowMapper<CallSummary> SUMMARY = CallRepository::summary;

    private final JdbcClient jdbc;

    public CallRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<CallSummary> list(CallFilter filter, VisibilityScope scope) {
        Map<String, Object> params = new HashMap<>(scope.params());
        String where = " WHERE " + scope.sql() + conditions(filter, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM calls c LEFT JOIN accounts a ON a.id = c.account_id" + where)
                .params(params).query(Long.class).single();
        String order = " ORDER BY " + filter.sortColumn() + (filter.ascending() ? " ASC" : " DESC") + ", c.id";
        params.put("limit", filter.sizeOrDefault());
        params.put("offset", (long) filter.pageOrDefault() * filter.sizeOrDefault());
        List<CallSummary> items = jdbc.sql(SUMMARY_SELECT + where + order + " LIMIT :limit OFFSET :offset")
                .params(params).query(SUMMARY).list();
        return new Page<>(items, filter.pageOrDefault(), filter.sizeOrDefault(), total);
    }

    /** Ids of the processed calls, oldest first. */
    public List<String> doneIds() {
        return jdbc.sql("SELECT id FROM calls WHERE status = 'done' ORDER BY started_at, id").query(String.class).list();
    }

    /** Ids of the processed calls {@code repId} made. */
    public List<String> doneIdsOfRep(long repId) {
        return jdbc.sql("SELECT id FROM calls WHERE status = 'done' AND rep_id = :r ORDER BY started_at, id")
                .param("r", repId).query(String.class).list();
    }

    public Optional<CallSummary> find(String id, VisibilityScope scope) {
        return jdbc.sql(SUMMARY_SELECT + "WHERE c.id = :id AND " + scope.sql())
                .params(scope.params()).param("id", id).query(SUMMARY).optional();
    }

    public List<SegmentView> segments(String callId, SegmentView.WordsReader words) {
        return jdbc.sql("SELECT idx, speaker, speaker_confidence, start_s, end_s, content, words_json FROM segments "
                        + "WHERE call_id = :id ORDER BY idx")
                .param("id", callId)
                .query((rs, n) -> new SegmentView(rs.getInt("idx"), rs.getString("speaker"),
                        rs.getDouble("speaker_confidence"), rs.getDouble("start_s"), rs.getDouble("end_s"),
                        rs.getString("content"), words.read(rs.getString("words_json"))))
                .list();
    }

    /** The stored documents of a call: acoustic metrics and the score breakdown as the rules produced it. */
    public Optional<StoredDocuments> documents(String callId) {
        return jdbc.sql("SELECT metrics_json, dimensions_json, original_score, audio_path FROM calls WHERE id = :id")
                .param("id", callId)
                .query((rs, n) -> new StoredDocuments(rs.getString("metrics_json"), rs.getString("dimensions_json"),
                        Db.doubleOrNull(rs, "original_score"), rs.getString("audio_path")))
                .optional();
    }

    /** A reviewer's decision changed the call's findings: its score as recomputed from those that still count. */
    public void updateScore(String callId, double score, boolean vetoed) {
        jdbc.sql("UPDATE calls SET score = :s, vetoed = :v WHERE id = :id")
                .param("s", score).param("v", vetoed).param("id", callId).update();
    }

    public void updateChurnRisk(String callId, String risk) {
        jdbc.sql("UPDATE calls SET churn_risk = :r WHERE id = :id").param("r", risk).param("id", callId).update();
    }

    private static String conditions(CallFilter f, Map<String, Object> params) {
        List<String> sql = new ArrayList<>();
        add(sql, params, "c.rep_id = :rep", "rep", f.rep());
        add(sql, params, "c.team_id = :team", "team", f.team());
        add(sql, params, "c.account_id = :account", "account", f.account());
        add(sql, params, "c.started_at >= :from", "from", Db.utc(f.fromInstant()));
        add(sql, params, "c.started_at <= :to", "to", Db.utc(f.toInstant()));
        add(sql, params, "c.score >= :minScore", "minScore", f.minScore());
        add(sql, params, "c.score <= :maxScore", "maxScore", f.maxScore());
        add(sql, params, "c.status = :status", "status", f.status());
        add(sql, params, "EXISTS (SELECT 1 FROM rule_hits h WHERE h.call_id = c.id AND (h.rule_id = :rule OR h.category = :rule) "
                + "AND (h.verdict IS NULL OR h.verdict <> 'wrong'))", "rule", blankToNull(f.rule()));
        if (!f.risks().isEmpty()) {
            sql.add("c.churn_risk IN (:risks)");
            params.put("risks", f.risks());
        }
        if (f.q() != null && !f.q().isBlank()) {
            sql.add("(LOWER(a.name) LIKE :q ESCAPE '" + Db.LIKE_ESCAPE + "' OR LOWER(c.id) LIKE :q ESCAPE '"
                    + Db.LIKE_ESCAPE + "')");
            params.put("q", Db.likeContaining(f.q().trim().toLowerCase(java.util.Locale.ROOT)));
        }
        return sql.isEmpty() ? "" : " AND " + String.join(" AND ", sql);
    }

    private static void add(List<String> sql, Map<String, Object> params, String condition, String name, Object value) {
        if (value != null) {
            sql.add(condition);
            params.put(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static CallSummary summary(ResultSet rs, int row) throws SQLException {
        Instant started = Db.instant(rs, "started_at");
        return new CallSummary(rs.getString("id"), started, rs.getDouble("duration_s"),
                Ref.of(Db.longOrNull(rs, "rep_id"), rs.getString("rep_name")),
                Ref.of(Db.longOrNull(rs, "team_id"), rs.getString("team_name")),
                Ref.of(Db.longOrNull(rs, "account_id"), rs.getString("account_name")),
                rs.getString("device"), rs.getString("source"), rs.getString("status"), rs.getDouble("progress"),
                rs.getString("error"), Db.doubleOrNull(rs, "score"), Db.doubleOrNull(rs, "max_score"),
                rs.getBoolean("vetoed"), rs.getString("churn_risk"), rs.getInt("hit_count"), rs.getInt("open_appeals"),
                rs.getString("audio_path") != null);
    }

    /** Raw JSON documents stored with a call. */
    public record StoredDocuments(String metricsJson, String dimensionsJson, Double originalScore, String audioPath) {
    }
}
