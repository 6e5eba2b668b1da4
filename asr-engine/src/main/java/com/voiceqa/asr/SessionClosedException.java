package com.voiceqa.asr;

/**
 * The session ended without a transcript: it was closed, timed out while idle, failed, or its engine shut down.
 * {@link AsrSession#finish()}'s future completes with it, and feeding a closed session throws it.
 */
public class SessionClosedException extends IllegalStateException {

    public SessionClosedException(String message) {
        super(message);
    }

    public SessionClosedException(String message, Throwable cause) {
        super(message, cause);
    }
}
