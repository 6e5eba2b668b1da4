package com.voiceqa.core.events;

import com.voiceqa.core.PartialResult;
import com.voiceqa.core.Segment;
import com.voiceqa.core.Transcript;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A call lifecycle or transcript event published by the gateway on a {@link CallEventBus}. Immutable values; every
 * event of a call carries the same {@link CallMetadata}, and {@link #callId()} is the key a distributed bus
 * partitions by.
 *
 * <p><b>Order per call:</b> one {@link Started}, any number of {@link Partial} and {@link FinalSegment} (only when
 * ASR is on; per channel in the order of the audio), one {@link Ended}. A call recovered after a gateway restart is
 * not started again: its remaining events follow the ones published before the crash, and a listener that joined
 * after the crash sees them without a {@code Started}.
 *
 * <p><b>Delivery</b> (the bus's promise, see {@link CallEventBus}): in that order, at least once. After a failure an
 * event can come again, so consumers key what they store by call id and by segment position and treat a repeated
 * {@code Ended} of a stored call as done. A {@code Partial} only matters until the next partial or final segment of
 * its channel. {@link Ended#recording()} is a path on the gateway's machine: a deployment whose consumers run
 * elsewhere must share that storage or ship the recording.
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
