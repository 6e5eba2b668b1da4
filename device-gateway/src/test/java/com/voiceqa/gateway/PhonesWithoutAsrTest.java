package com.voiceqa.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A server without ASR whose phones expect transcripts refuses a phone stream at once and says why. */
class PhonesWithoutAsrTest {

    @TempDir
    Path data;

    @Test
    void aPhoneIsRefusedAtItsFirstMessageWithTheReason() throws Exception {
        try (TestGateway gw = new TestGateway(data, c -> c.withPhonesWithoutAsr(false), Optional.empty());
             RawWebSocket ws = new RawWebSocket(gw.gateway.webSocketPort())) {
            ws.sendText("{\"config\": {\"sample_rate\": 16000}}");
            RawWebSocket.Frame close = ws.receive();
            assertEquals(RawWebSocket.CLOSE, close.opcode(), "the first answer is the close frame");
            assertEquals(1008, close.closeCode());
            String reason = new String(Arrays.copyOfRange(close.payload(), 2, close.payload().length), StandardCharsets.UTF_8);
            assertTrue(reason.contains("speech recognition is off"), reason);
        }
    }

    /**
     * A client sends its audio right behind its config, before the refusal reaches it. The gateway must read that
     * audio away until the client closes: closing a socket with unread bytes resets it, and a reset can throw away
     * the close frame (and its reason) before the client reads it (seen in CI as a client that never heard a close).
     */
    @Test
    void aPhoneThatKeepsSendingAfterItsRefusalStillHearsWhy() throws Exception {
        try (TestGateway gw = new TestGateway(data, c -> c.withPhonesWithoutAsr(false), Optional.empty())) {
            for (int attempt = 0; attempt < 40; attempt++) {
                try (RawWebSocket ws = new RawWebSocket(gw.gateway.webSocketPort())) {
                    ws.sendText("{\"config\": {\"sample_rate\": 16000}}");
                    for (int chunk = 0; chunk < 20; chunk++) {
                        ws.send(RawWebSocket.BINARY, new byte[3200]);
                    }
                    Thread.sleep(20);
                    RawWebSocket.Frame close = ws.receive();
                    assertEquals(RawWebSocket.CLOSE, close.opcode(), "attempt " + attempt);
                    assertEquals(1008, close.closeCode(), "attempt " + attempt);
                }
            }
        }
    }

    @Test
    void theRecorderGatewayStillStoresPhoneAudio() throws Exception {
        try (TestGateway gw = new TestGateway(data, c -> c, Optional.empty());
             RawWebSocket ws = new RawWebSocket(gw.gateway.webSocketPort())) {
            ws.send(RawWebSocket.BINARY, new byte[3200]);
            assertEquals(RawWebSocket.TEXT, ws.receive().opcode(), "an (empty) partial, not a refusal");
        }
    }
}
