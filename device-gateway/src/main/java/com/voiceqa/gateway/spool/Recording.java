package com.voiceqa.gateway.spool;

import java.nio.file.Path;
import java.util.HexFormat;

/** A finished call's durable WAV, with the size and SHA-256 of its PCM data (the device verifies both). */
public record Recording(Path wav, long audioBytes, byte[] sha256) {
    public String sha256Hex() {
        return HexFormat.of().formatHex(sha256);
    }
}
