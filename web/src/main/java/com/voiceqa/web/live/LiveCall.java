package com.voiceqa.web.live;

import com.voiceqa.web.api.Ref;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A call in progress as the live page shows it. Its rep, {@code teamId} and {@code accountOwnerId} (when the call
 * started) are the facts {@link com.voiceqa.web.security.CallAudience} decides who may watch it by. Mutated only on
 * the gateway's event thread; read by HTTP threads (the collections are concurrent).
 */
public record LiveCall(String callId, Ref rep, Ref account, String device, Instant startedAt, Long teamId,
                       Long accountOwnerId, List<Segment> segments, Map<String, String> partials, List<Alert> alerts) {

    public static LiveCall start(String callId, Ref rep, Ref account, String device, Instant startedAt, Long teamId,
                                 Long accountOwnerId) {
        return new LiveCall(callId, rep, account, device, startedAt, teamId, accountOwnerId, new CopyOnWriteArrayList<>(),
                new ConcurrentHashMap<>(), new CopyOnWriteArrayList<>());
    }

    public record Segment(String callId, String speaker, double start, double end, String text) implements LiveUpdate {
    }

    public record Partial(String callId, String speaker, String text, double audioTime) implements LiveUpdate {
    }

    /**
     * @param emittedAt wall-clock time the rules raised the alert
     */
    public record Alert(String callId, String ruleId, String ruleName, String category, String severity,
                       Object evidence, double utteranceEnd, Instant emittedAt) implements LiveUpdate {
    }

    public record Started(String callId, Ref rep, Ref account, String device, Instant startedAt) {
    }

    public record Ended(String callId) implements LiveUpdate {
    }

    /**
     * A call's live alerts reconciled with its stored evaluation.
     *
     * @param withdrawn rule ids alerted live that the stored evaluation does not confirm
     * @param late      findings of the stored evaluation that were never alerted live
     */
    public record Settled(String callId, List<String> withdrawn, List<Alert> late) {
    }
}
