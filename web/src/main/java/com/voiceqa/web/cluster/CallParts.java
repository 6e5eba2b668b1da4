package com.voiceqa.web.cluster;

import com.voiceqa.bus.kafka.asr.TranscriptAssembler;
import com.voiceqa.core.Transcript;
import com.voiceqa.core.events.CallEvent;
import com.voiceqa.core.events.CallMetadata;
import com.voiceqa.gateway.spool.Recording;

import java.util.Optional;

/**
 * What the analytics role has of one call not stored yet; the topics deliver the parts in any order. The call is
 * complete when the gateway ended it, its recording is written and its transcript has every segment.
 */
final class CallParts {

    private final TranscriptAssembler transcript = new TranscriptAssembler();
    private CallMetadata started;
    private CallEvent.Ended ended;
    private Recording recording;

    void started(CallMetadata call) {
        started = call;
    }

    /** The call as its {@code Started} described it, once that arrived (segments may come before it). */
    Optional<CallMetadata> started() {
        return Optional.ofNullable(started);
    }

    void ended(CallEvent.Ended event) {
        if (ended == null) {
            ended = event;
        }
    }

    void recording(Recording written) {
        recording = written;
    }

    boolean hasRecording() {
        return recording != null;
    }

    TranscriptAssembler transcript() {
        return transcript;
    }

    /** The gateway's end, the recording and the transcript, once all three are here. */
    Optional<Complete> complete() {
        if (ended == null || recording == null) {
            return Optional.empty();
        }
        return transcript.transcript(ended.callId()).map(finished -> new Complete(ended, recording, finished));
    }

    /** @param transcript the worker's finished transcript: a mono call's refined roles, and the call's metrics */
    record Complete(CallEvent.Ended ended, Recording recording, Transcript transcript) {
    }
}
