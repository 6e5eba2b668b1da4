package com.voiceqa.gateway.config;

import com.voiceqa.core.audio.AudioChunk;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every audio message a limit lets in fits one record of the audio log, so no accepted chunk fails later. */
class LimitsTest {

    private static final GatewayConfig.Limits D = GatewayConfig.Limits.DEFAULT;

    @Test
    void theDefaultsFit() {
        assertTrue(D.maxBadgePayload() <= AudioChunk.MAX_PCM_BYTES);
        assertTrue(D.maxWebSocketFrame() <= AudioChunk.MAX_PCM_BYTES);
    }

    @Test
    void aWebSocketLimitAboveOneRecordIsRefusedAtStartWithTheReason() {
        var e = assertThrows(IllegalArgumentException.class, () -> new GatewayConfig.Limits(D.maxConnections(),
                D.maxConnectionsPerAddress(), D.maxCallsPerDevice(), D.maxBadgePayload(),
                AudioChunk.MAX_PCM_BYTES + 1, D.maxJsonBytes(), D.maxJsonDepth(), D.maxFramesPerSecond(),
                D.idleTimeout(), D.handshakeTimeout(), D.frameTimeout(), D.staleCallTimeout(), D.minFreeDiskBytes()));
        assertTrue(e.getMessage().contains("one record of the audio log"), e.getMessage());
    }

    @Test
    void exactlyOneRecordIsAllowed() {
        assertDoesNotThrow(() -> new GatewayConfig.Limits(D.maxConnections(), D.maxConnectionsPerAddress(),
                D.maxCallsPerDevice(), AudioChunk.MAX_PCM_BYTES, AudioChunk.MAX_PCM_BYTES, D.maxJsonBytes(),
                D.maxJsonDepth(), D.maxFramesPerSecond(), D.idleTimeout(), D.handshakeTimeout(), D.frameTimeout(),
                D.staleCallTimeout(), D.minFreeDiskBytes()));
    }
}
