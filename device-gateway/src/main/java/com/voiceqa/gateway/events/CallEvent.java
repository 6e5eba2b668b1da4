package com.voiceqa.gateway.events;

import com.voiceqa.core.PartialResult;
import com.voiceqa.core.Segment;
import com.voiceqa.core.Transcript;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A call lifecycle or transcript event published by the gateway on its {@link CallEventBus}.
 *
 * <p>Per call the order is: one {@link Started}, any number of {@link Partial} and {@link FinalSegment} (only when
 * ASR is on), one {@link Ended}. A call recovered after a gateway restart is not started again: its remaining events
 * follow the ones published before the crash.
 */
public sealed interface CallEvent {

    CallMetadata call();

    default String callId() {
        return call().callId();
    }

    /** The device opened a call; audio follows. */
    record Started(CallMetadata call) implements CallEvent {
    }

    /** The decoder's changing hypothesis for the utterance in progress on one channel. */
    record Partial(CallMetadata call, PartialResult partial) implements CallEvent {
    }

    /** A finished utterance on one channel. */
    record FinalSegment(CallMetadata call, Segment segment) implements CallEvent {
    }

    /**
     * The call is over and its recording is durable.
     *
     * @param recording  the final recording: a 16-bit PCM WAV holding every acknowledged byte exactly once, in order
     * @param audioBytes PCM bytes in the recording (without the WAV header)
     * @param transcript the whole call's transcript, empty when the gateway runs without ASR
     * @param reason     why it ended
     */
    record Ended(CallMetadata call, Path recording, long audioBytes, Optional<Transcript> transcript,
                 EndReason reason) implements CallEvent {
    }

    /** Why a call ended. */
    enum EndReason {
        /** The device ended it (CALL_END, or {@code {"eof" : 1}} on the WebSocket). */
        COMPLETED,
        /** A WebSocket client went away without eof: the recording holds what arrived. */
        ABANDONED,
        /** A badge left the call without CALL_END for longer than the stale-call timeout: the recording holds what
         * arrived. */
        EXPIRED
    }
}
