package com.voiceqa.badge;

/**
 * Codes of ERROR frames. A fatal error is followed by the server closing the connection; after a non-fatal one the
 * device may continue (usually with RESUME). Codes are part of the wire format (docs/device-protocol.md).
 */
public enum ErrorCode {
    BAD_MAGIC(1, true),
    UNSUPPORTED_VERSION(2, true),
    CRC_MISMATCH(3, true),
    FRAME_TOO_LARGE(4, true),
    UNKNOWN_TYPE(5, true),
    MALFORMED_PAYLOAD(6, true),
    UNEXPECTED_FRAME(7, true),
    TIMEOUT(8, true),
    RATE_LIMITED(9, true),
    AUTH_FAILED(16, true),
    UNKNOWN_CALL(32, false),
    SEQUENCE_GAP(33, false),
    TOO_MANY_CALLS(34, false),
    UNSUPPORTED_FORMAT(35, false),
    STORAGE_FAILURE(48, true),
    SERVER_BUSY(49, true),
    SHUTTING_DOWN(50, true);

    private final int code;
    private final boolean fatal;

    ErrorCode(int code, boolean fatal) {
        this.code = code;
        this.fatal = fatal;
    }

    public int code() {
        return code;
    }

    public boolean fatal() {
        return fatal;
    }

    public static ErrorCode of(int code) {
        for (ErrorCode c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown error code " + code);
    }
}
