package com.voiceqa.asr;

/**
 * Receives a session's results as they are decoded. Called from the engine's worker threads, in order per channel;
 * implementations must be quick and must not block (hand off to another executor for slow work).
 */
public interface TranscriptListener {

    /** The hypothesis of the utterance in progress changed. */
    default void onPartial(PartialResult partial) {
    }

    /** An utterance ended (endpoint detected, or the session was closed). */
    void onSegment(Segment segment);

    /** No-op listener for callers that only want the final {@link Transcript}. */
    TranscriptListener NONE = segment -> { };
}
