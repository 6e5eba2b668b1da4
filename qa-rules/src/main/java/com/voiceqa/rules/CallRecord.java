package com.voiceqa.rules;

import com.voiceqa.core.Segment;
import com.voiceqa.core.metrics.CallMetrics;

import java.util.List;
import java.util.Optional;

/**
 * One call as the rules and the index see it: metadata, the utterances in time order and, when the audio was
 * analysed, its acoustic metrics.
 *
 * <p>Each utterance's {@link Segment#speaker()} is the speaker role ({@code rep} or {@code customer}); the
 * utterance's position in {@code utterances} is the index that evidence points to. Text may carry Vosk's
 * inter-word spaces: the engine and the index strip them before analysis (character spans in evidence refer to the
 * text as given here).
 *
 * @param callId     unique id of the call
 * @param metadata   rep, team, account, device, start time, duration
 * @param utterances final segments ordered by start time
 * @param metrics    acoustic metrics, or {@code null} when only a transcript exists (acoustic conditions then never hit)
 */
public record CallRecord(String callId, CallMetadata metadata, List<Segment> utterances, CallMetrics metrics) {
    public CallRecord {
        if (callId == null || callId.isBlank()) {
            throw new IllegalArgumentException("callId is required");
        }
        if (metadata == null) {
            throw new IllegalArgumentException("metadata is required for call " + callId);
        }
        utterances = List.copyOf(utterances);
    }

    /** The acoustic metrics, if the audio was analysed. */
    public Optional<CallMetrics> acousticMetrics() {
        return Optional.ofNullable(metrics);
    }
}
