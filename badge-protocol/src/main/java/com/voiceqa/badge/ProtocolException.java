package com.voiceqa.badge;

import java.util.UUID;

/** A device broke the protocol; the server answers with an ERROR frame carrying {@link #code()}. */
public final class ProtocolException extends RuntimeException {

    private final ErrorCode code;
    private final UUID callId;

    public ProtocolException(ErrorCode code, String message) {
        this(code, BadgeFrame.NO_CALL, message);
    }

    public ProtocolException(ErrorCode code, UUID callId, String message) {
        super(message, null, false, false);
        this.code = code;
        this.callId = callId;
    }

    /** The call the error is about, {@link BadgeFrame#NO_CALL} for connection-level errors. */
    public UUID callId() {
        return callId;
    }

    public ErrorCode code() {
        return code;
    }
}
