package com.voiceqa.badge;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds payloads in the protocol's big-endian layout. */
final class PayloadWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(64);

    PayloadWriter u8(int v) {
        out.write(v);
        return this;
    }

    PayloadWriter u16(int v) {
        return u8(v >>> 8).u8(v);
    }

    PayloadWriter u32(long v) {
        return u16((int) (v >>> 16) & 0xFFFF).u16((int) v & 0xFFFF);
    }

    PayloadWriter u64(long v) {
        return u32(v >>> 32).u32(v & 0xFFFF_FFFFL);
    }

    PayloadWriter bytes(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    PayloadWriter str8(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length > 255) {
            throw new IllegalArgumentException("string longer than 255 UTF-8 bytes: " + s);
        }
        return u8(b.length).bytes(b);
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
