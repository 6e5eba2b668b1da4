package com.voiceqa.badge;

/** The badge protocol's frame types; codes are part of the wire format (docs/device-protocol.md). */
public enum FrameType {
    HELLO(0x01),
    CHALLENGE(0x02),
    AUTH(0x03),
    WELCOME(0x04),
    CALL_START(0x10),
    AUDIO(0x11),
    CALL_END(0x12),
    ACK(0x13),
    RESUME(0x14),
    HEARTBEAT(0x20),
    ERROR(0x7F);

    private static final FrameType[] BY_CODE = new FrameType[256];

    static {
        for (FrameType type : values()) {
            BY_CODE[type.code] = type;
        }
    }

    private final int code;

    FrameType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The type with this code, or {@code null} for an unknown code. */
    public static FrameType of(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
