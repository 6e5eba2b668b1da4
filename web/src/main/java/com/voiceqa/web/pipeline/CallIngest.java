package com.voiceqa.web.pipeline;

import com.voiceqa.core.Segment;
import com.voiceqa.core.metrics.CallMetrics;
import com.voiceqa.rules.CallEvaluation;
import com.voiceqa.rules.CallMetadata;
import com.voiceqa.rules.CallRecord;
import com.voiceqa.web.api.ServerPaths;
import com.voiceqa.web.rules.RuleBook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * The last steps every call takes, whatever its source: rules → search index → database. The call is marked done
 * last, once everything else is durable, so a crash in between leaves it processing and recovery repeats the
 * steps (each of them replaces what an earlier attempt stored). Failures mark the call failed with a message
 * instead of leaving it processing.
 */
@Service
public class CallIngest {

    private static final Logger log = LoggerFactory.getLogger(CallIngest.class);

    private final CallStore store;
    private final RuleBook rules;
    private final CallIndex index;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final ServerPaths paths;
    private final Hotwords hotwords;

    public CallIngest(CallStore store, RuleBook rules, CallIndex index, JdbcClient jdbc,
                      ApplicationEventPublisher events, ServerPaths paths, Hotwords hotwords) {
        this.store = store;
        this.hotwords = hotwords;
        this.paths = paths;
        this.rules = rules;
        this.index = index;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Evaluates and stores a transcribed call that {@link CallStore#register} already registered. */
    public CallEvaluation finish(NewCall call, double durationSeconds, List<Segment> segments, CallMetrics metrics) {
        try {
            return evaluateAndStore(new CallRecord(call.id(), metadata(call, durationSeconds), segments, metrics));
        } catch (RuntimeException e) {
            fail(call.id(), "processing failed: " + e.getMessage());
            throw e;
        }
    }

    /**
     * Scores a stored call again after its transcript changed (a reviewer corrected its speakers): its findings and
     * score are replaced (reviews of the old findings go with them) and the index is updated.
     */
    public CallEvaluation rescore(CallRecord call) {
        return evaluateAndStore(call);
    }

    private CallEvaluation evaluateAndStore(CallRecord record) {
        CallRecord corrected = hotwords.correct(record); // rules and search read the names right; the store keeps what was heard
        CallEvaluation evaluation = rules.evaluate(corrected);
        index.indexEvaluated(corrected, evaluation);
        store.complete(record.callId(), record.metadata().durationSeconds(), record.utterances(), record.metrics(),
                evaluation); // done is written last: a crash before it leaves the call to be processed again
        events.publishEvent(new CallStored(record.callId()));
        return evaluation;
    }

    public void fail(String callId, String message) {
        log.warn("call {} failed: {}", callId, message);
        store.markFailed(callId, paths.redact(message));
    }

    /** The names the rules know the call by: rep, team and account as people read them (the index takes ids too). */
    CallMetadata metadata(NewCall call, double durationSeconds) {
        return jdbc.sql("SELECT (SELECT display_name FROM users WHERE id = :rep) AS rep, "
                        + "(SELECT t.name FROM users u JOIN teams t ON t.id = u.team_id WHERE u.id = :rep) AS team, "
                        + "(SELECT name FROM accounts WHERE id = :account) AS account")
                .param("rep", call.repId()).param("account", call.accountId())
                .query((rs, n) -> new CallMetadata(rs.getString("rep"), rs.getString("team"), rs.getString("account"),
                        call.device(), call.startedAt(), durationSeconds))
                .single();
    }
}
