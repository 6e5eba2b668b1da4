package com.voiceqa.badge;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * One decoded frame of the badge protocol. The payload array is owned by the frame (not copied).
 *
 * @param callId   the call the frame is about; {@link #NO_CALL} for connection-level frames
 * @param sequence unsigned 32-bit sequence number (AUDIO: 1, 2, 3, ...; ACK/RESUME: highest stored)
 */
public record BadgeFrame(FrameType type, UUID callId, long sequence, byte[] payload) {

    public static final UUID NO_CALL = new UUID(0, 0);
    private static final byte[] EMPTY = new byte[0];

    public BadgeFrame {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(callId, "callId");
        if (sequence < 0 || sequence > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("sequence out of u32 range: " + sequence);
        }
        Objects.requireNonNull(payload, "payload");
    }

    public static BadgeFrame of(FrameType type) {
        return new BadgeFrame(type, NO_CALL, 0, EMPTY);
    }

    public static BadgeFrame of(FrameType type, UUID callId, long sequence) {
        return new BadgeFrame(type, callId, sequence, EMPTY);
    }

    public static BadgeFrame error(ErrorCode code, String message) {
        return error(code, NO_CALL, message);
    }

    public static BadgeFrame error(ErrorCode code, UUID callId, String message) {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        byte[] payload = new byte[2 + Math.min(text.length, 1024)];
        payload[0] = (byte) (code.code() >>> 8);
        payload[1] = (byte) code.code();
        System.arraycopy(text, 0, payload, 2, payload.length - 2);
        return new BadgeFrame(FrameType.ERROR, callId, 0, payload);
    }

    /** The error code of an ERROR frame. */
    public ErrorCode errorCode() {
        return ErrorCode.of(((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF));
    }

    /** The message of an ERROR frame. */
    public String errorMessage() {
        return new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return type + "(call " + callId + ", seq " + sequence + ", " + payload.length + " bytes)";
    }
}
