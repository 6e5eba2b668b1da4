package com.voiceqa.badge;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads the fields of a payload; any truncation or invalid UTF-8 becomes MALFORMED_PAYLOAD. */
final class PayloadReader {

    private final ByteBuffer buf;
    private final FrameType type;

    PayloadReader(FrameType type, byte[] payload) {
        this.type = type;
        this.buf = ByteBuffer.wrap(payload);
    }

    int u8() {
        return guard(() -> buf.get() & 0xFF);
    }

    int u16() {
        return guard(() -> buf.getShort() & 0xFFFF);
    }

    long u32() {
        return guard(() -> buf.getInt() & 0xFFFF_FFFFL);
    }

    long u64() {
        return guard(buf::getLong);
    }

    byte[] bytes(int n) {
        return guard(() -> {
            byte[] b = new byte[n];
            buf.get(b);
            return b;
        });
    }

    /** A string of at most 255 UTF-8 bytes, preceded by its byte length as u8. */
    String str8() {
        byte[] bytes = bytes(u8());
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw malformed("a string is not valid UTF-8");
        }
    }

    ProtocolException malformed(String why) {
        return new ProtocolException(ErrorCode.MALFORMED_PAYLOAD, type + " payload: " + why);
    }

    private <T> T guard(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (BufferUnderflowException e) {
            throw malformed("too short");
        }
    }
}
