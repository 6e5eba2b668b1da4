package com.voiceqa.core;

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

    /**
     * The session's audio up to {@code audioSeconds} (per channel) is decoded: called after each decoding turn,
     * after that turn's partials and segments. Lets a caller release buffered audio or measure latency.
     */
    default void onProgress(double audioSeconds) {
    }

    /** No-op listener for callers that only want the final {@link Transcript}. */
    TranscriptListener NONE = segment -> { };
}
