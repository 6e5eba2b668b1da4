package com.voiceqa.web.pipeline;

import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.Segment;
import com.voiceqa.core.metrics.CallMetrics;
import com.voiceqa.rules.CallEvaluation;
import com.voiceqa.rules.RuleHit;
import com.voiceqa.web.api.Db;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes calls into the database: first as {@code processing} (so uploads show progress at once), then complete
 * with transcript, metrics, findings and score in one transaction, so a call is never half stored. Both writes can
 * be repeated (after a crash, recovery repeats them): {@link #register} inserts a call once, {@link #complete}
 * replaces the transcript and findings, so a call processed twice still has one of each.
 *
 * <p>The one writer of what processing produces (row, progress, failure, transcript, findings, score); the calls
 * package writes only a reviewer's re-score ({@code CallRepository.updateScore}).
 */
@Service
public class CallStore {

    private static final String SELECT = "SELECT id, source, rep_id, account_id, device, started_at, duration_s, "
            + "audio_path, channels FROM calls ";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public CallStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Registers a call as processing unless its id is already stored, and returns the call as stored: the first
     * registration's attribution (rep, team, account) wins. This is the only writer of new call rows, so a call seen
     * twice (live, then again after a restart) is one row.
     */
    public NewCall register(NewCall call) {
        if (find(call.id()).isEmpty()) {
            try {
                insert(call);
            } catch (DuplicateKeyException registeredMeanwhile) {
                // another thread registered the same call between the check and the insert: that row stands
            }
        }
        return find(call.id()).orElseThrow();
    }

    /** Its team is the rep's team at the time of the call. */
    private void insert(NewCall call) {
        jdbc.sql("INSERT INTO calls (id, source, status, progress, rep_id, team_id, account_id, device, started_at, "
                        + "duration_s, vetoed, audio_path, channels, created_at) VALUES (:id, :source, 'processing', 0, "
                        + ":rep, (SELECT team_id FROM users WHERE id = :rep), :account, :device, :started, :duration, "
                        + "FALSE, :audio, :channels, :now)")
                .param("id", call.id()).param("source", call.source()).param("rep", call.repId())
                .param("account", call.accountId()).param("device", call.device())
                .param("started", Db.utc(call.startedAt())).param("duration", call.durationSeconds())
                .param("audio", call.audio() == null ? null : call.audio().toAbsolutePath().toString())
                .param("channels", call.layout() == null ? null : String.join(",", call.layout().roles()))
                .param("now", Db.utc(Instant.now()))
                .update();
    }

    public Optional<NewCall> find(String callId) {
        return jdbc.sql(SELECT + "WHERE id = :id").param("id", callId).query(CallStore::call).optional();
    }

    /** Whether the call is stored complete; processing it again would only repeat (and reset reviews of) its work. */
    public boolean isDone(String callId) {
        return jdbc.sql("SELECT COUNT(*) FROM calls WHERE id = :id AND status = 'done'").param("id", callId)
                .query(Long.class).single() > 0;
    }

    /** Calls still processing that were registered before {@code before} (by an earlier process, at startup). */
    public List<NewCall> processing(Instant before) {
        return jdbc.sql(SELECT + "WHERE status = 'processing' AND created_at < :before ORDER BY created_at, id")
                .param("before", Db.utc(before)).query(CallStore::call).list();
    }

    /** The call's recording is complete and durable: attach it and its length. */
    public void recordingReady(String callId, Path recording, double durationSeconds) {
        jdbc.sql("UPDATE calls SET audio_path = :a, duration_s = :d WHERE id = :id")
                .param("a", recording.toAbsolutePath().toString()).param("d", durationSeconds).param("id", callId)
                .update();
    }

    /** The call's acoustic metrics, measured from its recording when there is no transcript to score. */
    public void metrics(String callId, CallMetrics metrics) {
        jdbc.sql("UPDATE calls SET metrics_json = :m WHERE id = :id")
                .param("m", json.writeValueAsString(metrics)).param("id", callId).update();
    }

    /** Stores the outcome of a processed call and marks it done. */
    @Transactional
    public void complete(String callId, double durationSeconds, List<Segment> segments, CallMetrics metrics,
                         CallEvaluation evaluation) {
        jdbc.sql("DELETE FROM segments WHERE call_id = :id").param("id", callId).update();
        jdbc.sql("DELETE FROM rule_hits WHERE call_id = :id").param("id", callId).update();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            jdbc.sql("INSERT INTO segments (call_id, idx, speaker, speaker_confidence, start_s, end_s, content, "
                            + "words_json) VALUES (:c, :i, :sp, :conf, :st, :en, :t, :w)")
                    .param("c", callId).param("i", i).param("sp", s.speaker()).param("conf", s.speakerConfidence())
                    .param("st", s.start())
                    .param("en", s.end()).param("t", s.text()).param("w", json.writeValueAsString(s.words()))
                    .update();
        }
        for (RuleHit hit : evaluation.hits()) {
            jdbc.sql("INSERT INTO rule_hits (call_id, rule_id, rule_name, pack_id, kind, category, dimension, severity, points, "
                            + "veto, missing, evidence_json) VALUES (:c, :r, :n, :p, :k, :cat, :d, :sev, :pts, :veto, :miss, :ev)")
                    .param("c", callId).param("r", hit.ruleId()).param("n", hit.ruleName()).param("p", hit.packId())
                    .param("k", hit.kind().name().toLowerCase(Locale.ROOT))
                    .param("cat", hit.category()).param("d", hit.dimension()).param("sev", hit.severity().label())
                    .param("pts", hit.points()).param("veto", hit.veto()).param("miss", hit.missing())
                    .param("ev", json.writeValueAsString(hit.evidence()))
                    .update();
        }
        jdbc.sql("UPDATE calls SET status = 'done', progress = 1, error = NULL, duration_s = :dur, original_score = :s, "
                        + "score = :s, max_score = :max, vetoed = :veto, churn_risk = :risk, metrics_json = :m, "
                        + "dimensions_json = :dims WHERE id = :id")
                .param("dur", durationSeconds).param("s", evaluation.score()).param("max", evaluation.maxScore())
                .param("veto", evaluation.vetoed()).param("risk", evaluation.churnRisk().label())
                .param("m", metrics == null ? null : json.writeValueAsString(metrics))
                .param("dims", json.writeValueAsString(evaluation.dimensions()))
                .param("id", callId)
                .update();
    }

    private static NewCall call(ResultSet rs, int row) throws SQLException {
        String audio = rs.getString("audio_path");
        String channels = rs.getString("channels");
        return new NewCall(rs.getString("id"), rs.getString("source"), Db.longOrNull(rs, "rep_id"),
                Db.longOrNull(rs, "account_id"), rs.getString("device"), Db.instant(rs, "started_at"),
                rs.getDouble("duration_s"), audio == null ? null : Path.of(audio),
                channels == null ? null : ChannelLayout.parse(channels));
    }

    /** How far the transcription of a processing call got (0..1), for the dashboard's progress bar. */
    public void updateProgress(String callId, double progress) {
        jdbc.sql("UPDATE calls SET progress = :p WHERE id = :id AND status = 'processing'")
                .param("p", progress).param("id", callId).update();
    }

    /** The call could not be processed; {@code error} (at most 2,000 characters kept) says why. */
    public void markFailed(String callId, String error) {
        jdbc.sql("UPDATE calls SET status = 'failed', error = :e WHERE id = :id")
                .param("e", error.length() > 2000 ? error.substring(0, 2000) : error).param("id", callId).update();
    }
}
