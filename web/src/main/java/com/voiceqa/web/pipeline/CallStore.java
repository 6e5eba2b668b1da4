package com.voiceqa.web.pipeline;

import com.voiceqa.asr.Segment;
import com.voiceqa.asr.metrics.CallMetrics;
import com.voiceqa.rules.CallEvaluation;
import com.voiceqa.rules.RuleHit;
import com.voiceqa.web.api.Db;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;

/**
 * Writes calls into the database: first as {@code processing} (so uploads show progress at once), then complete
 * with transcript, metrics, findings and score in one transaction, so a call is never half stored.
 */
@Service
public class CallStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public CallStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts the call as processing; its team is the rep's team at the time of the call. */
    public void begin(NewCall call) {
        jdbc.sql("INSERT INTO calls (id, source, status, progress, rep_id, team_id, account_id, device, started_at, "
                        + "duration_s, vetoed, audio_path, created_at) VALUES (:id, :source, 'processing', 0, :rep, "
                        + "(SELECT team_id FROM users WHERE id = :rep), :account, :device, :started, :duration, FALSE, "
                        + ":audio, :now)")
                .param("id", call.id()).param("source", call.source()).param("rep", call.repId())
                .param("account", call.accountId()).param("device", call.device())
                .param("started", Db.utc(call.startedAt())).param("duration", call.durationSeconds())
                .param("audio", call.audio() == null ? null : call.audio().toAbsolutePath().toString())
                .param("now", Db.utc(Instant.now()))
                .update();
    }

    /** The device's recording is complete and durable: attach it and its length. */
    public void recordingReady(String callId, java.nio.file.Path recording, double durationSeconds) {
        jdbc.sql("UPDATE calls SET audio_path = :a, duration_s = :d WHERE id = :id")
                .param("a", recording.toAbsolutePath().toString()).param("d", durationSeconds).param("id", callId)
                .update();
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
                    .param("k", hit.kind().name().toLowerCase(java.util.Locale.ROOT))
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
}
