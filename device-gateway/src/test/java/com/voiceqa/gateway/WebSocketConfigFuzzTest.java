package com.voiceqa.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random and mutated {@code {"config": ...}} messages against the real WebSocket listener: every one ends in a
 * normal close (accepted config, then eof) or a 1007/1008 close with a reason, never an internal error (1011), a
 * hang or a dropped connection; the listener keeps serving an authenticated client throughout. Seeded, so a failure
 * reproduces (the message is in the assertion).
 */
class WebSocketConfigFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261203L);
    private static final int ROUNDS = 300;
    private static final Set<Integer> CLEAR_CLOSES = Set.of(1000, 1007, 1008);
    private static final String JSON_CHARACTERS = "{}[]\":,0-9a\\ e.";
    private static final List<String> KEYS = List.of("sample_rate", "words", "device_id", "token", "call_id", "rep_id",
            "account_id", "layout", "eof", "config", "unknown");
    private static final List<String> VALUES = List.of("0", "-1", "8000", "16000", "48000", "48001", "4000",
            "2147483648", "9223372036854775808", "1e308", "-0.0", "16000.5", "1E4", "true", "false", "null", "\"\"",
            "\"abc\"", "\"16000\"", "\"rep,customer\"", "\"rep,customer,third\"", "\",\"", "\"..\"", "\"../x\"",
            "\"badge-0001\"", "\"correct-horse-battery-staple\"", "\"呼叫\"", "\"\\u0000\"", "\"\\ud800\"", "[]",
            "[16000]", "{}", "{\"a\":{\"b\":{}}}", "\"" + "x".repeat(5000) + "\"");

    @TempDir
    Path data;

    @Test
    void everyConfigEndsInAClearCloseAndTheListenerKeepsServing() throws Exception {
        Random random = new Random(SEED);
        try (TestGateway gw = new TestGateway(data)) {
            for (int round = 0; round < ROUNDS; round++) {
                String message = random.nextInt(3) == 0 ? mutate(random, structured(random)) : structured(random);
                RawWebSocket.Frame close = exchange(gw, message);
                assertTrue(CLEAR_CLOSES.contains(close.closeCode()),
                        "close " + close.closeCode() + " (" + close.closeReason() + ") for " + message);
                if (close.closeCode() != 1000) {
                    assertFalse(close.closeReason().isBlank(), "a refusal says why: " + message);
                }
                if (round % 50 == 0) {
                    assertEquals(1000, exchange(gw, "{\"config\": {\"sample_rate\": 16000, \"device_id\": "
                            + "\"badge-0001\", \"token\": \"" + TestGateway.SECRET + "\"}}").closeCode(),
                            "an authenticated client is served after round " + round);
                }
            }
            long deadline = System.nanoTime() + TestGateway.WAIT.toNanos();
            while (gw.gateway.openCalls() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(0, gw.gateway.openCalls(), "every call the fuzz opened was ended");
        }
    }

    /**
     * Sends the config and, once it was accepted (the server stays silent for a moment), one audio chunk and eof;
     * returns the server's close frame.
     */
    private static RawWebSocket.Frame exchange(TestGateway gw, String config) throws IOException {
        try (RawWebSocket ws = new RawWebSocket(gw.gateway.webSocketPort())) {
            ws.sendText(config);
            ws.timeout(150);
            try {
                RawWebSocket.Frame first = ws.receive();
                if (first.opcode() == RawWebSocket.CLOSE) {
                    return first;
                }
            } catch (SocketTimeoutException accepted) {
                // no answer to a config: it was accepted
            }
            ws.timeout((int) TestGateway.WAIT.toMillis());
            ws.send(RawWebSocket.BINARY, new byte[3200]);
            ws.sendText("{\"eof\" : 1}");
            return ws.awaitCloseFrame();
        }
    }

    private static String structured(Random random) {
        StringBuilder json = new StringBuilder("{\"config\": {");
        int keys = random.nextInt(5);
        for (int i = 0; i < keys; i++) {
            if (i > 0) {
                json.append(", ");
            }
            json.append('"').append(KEYS.get(random.nextInt(KEYS.size()))).append("\": ")
                    .append(VALUES.get(random.nextInt(VALUES.size())));
        }
        return json.append("}}").toString();
    }

    /** A few random character edits: flips, insertions, deletions, a truncation. */
    private static String mutate(Random random, String text) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && !s.isEmpty(); i++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(4)) {
                case 0 -> s.setCharAt(at, JSON_CHARACTERS.charAt(random.nextInt(JSON_CHARACTERS.length())));
                case 1 -> s.insert(at, JSON_CHARACTERS.charAt(random.nextInt(JSON_CHARACTERS.length())));
                case 2 -> s.deleteCharAt(at);
                default -> s.setLength(at);
            }
        }
        return s.toString();
    }
}
