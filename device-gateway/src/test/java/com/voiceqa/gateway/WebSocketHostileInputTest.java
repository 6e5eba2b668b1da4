package com.voiceqa.gateway;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile WebSocket input ends in a close frame with the right status; the gateway keeps serving. */
class WebSocketHostileInputTest {

    @TempDir
    Path data;
    TestGateway gw;

    @BeforeEach
    void start() throws Exception {
        gw = new TestGateway(data, c -> c.withAllowAnonymousPhones(false), Optional.empty());
    }

    @AfterEach
    void stop() throws Exception {
        assertAuthenticatedSessionWorks();
        gw.close();
    }

    @Test
    void nonUtf8TextIsRefusedWith1007() throws Exception {
        try (RawWebSocket ws = new RawWebSocket(gw.gateway.webSocketPort())) {
            ws.send(RawWebSocket.TEXT, new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
            assertEquals(1007, ws.awaitClose());
        }
    }

    @Test
    void deeplyNestedJsonIsRefused() throws Exception {
        try (RawWebSocket ws = new RawWebSocket(gw.gateway.webSocketPort())) {
            ws.sendText("{\"config\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
            assertEquals(1008, ws.awaitClose());
        }
    }

    @Test
    void hugeJsonIsRefused() throws Exception {
        try (RawWebSocket ws = new RawWebSocket(gw.gateway.webSocketPort())) {
            ws.sendText("{\"config\": {\"rep_id\": \"" + "x".repeat(200_000) + "\"}}");
            assertEquals(1008, ws.awaitClose());
        }
    }

    @Test
    void malformedJsonIsRefused() throws Exception {
        try (RawWebSocket ws = new RawWebSocket(gw.gateway.webSocketPort())) {
            ws.sendText("{\"config\": {\"sample_rate\": ");
            assertEquals(1008, ws.awaitClose());
        }
    }

    @Test
    void oversizedBinaryFrameIsRefusedWith1009() throws Exception {
        try (RawWebSocket ws = new RawWebSocket(gw.gateway.webSocketPort())) {
            ws.sendDeclaring(RawWebSocket.BINARY, 2L * 1024 * 1024 * 1024, new byte[1024]); // 2 GiB declared
            assertEquals(1009, ws.awaitClose());
        }
    }

    @Test
    void anonymousClientIsRefusedWhenAuthIsRequired() throws Exception {
        try (RawWebSocket ws = new RawWebSocket(gw.gateway.webSocketPort())) {
            ws.send(RawWebSocket.BINARY, new byte[3200]);
            assertEquals(1008, ws.awaitClose());
        }
    }

    @Test
    void wrongTokenIsRefused() throws Exception {
        try (RawWebSocket ws = new RawWebSocket(gw.gateway.webSocketPort())) {
            ws.sendText("{\"config\": {\"sample_rate\": 16000, \"device_id\": \"badge-0001\", \"token\": \"guess\"}}");
            assertEquals(1008, ws.awaitClose());
        }
    }

    @Test
    void pathTraversalInACallIdIsRefused() throws Exception {
        try (RawWebSocket ws = new RawWebSocket(gw.gateway.webSocketPort())) {
            ws.sendText("{\"config\": {\"device_id\": \"badge-0001\", \"token\": \"" + TestGateway.SECRET
                    + "\", \"call_id\": \"../../etc/passwd\"}}");
            assertEquals(1007, ws.awaitClose());
        }
    }

    @Test
    void unsupportedSampleRateIsRefused() throws Exception {
        try (RawWebSocket ws = new RawWebSocket(gw.gateway.webSocketPort())) {
            ws.sendText("{\"config\": {\"sample_rate\": 4000}}");
            assertEquals(1007, ws.awaitClose());
        }
    }

    private void assertAuthenticatedSessionWorks() throws Exception {
        try (RawWebSocket ws = new RawWebSocket(gw.gateway.webSocketPort())) {
            ws.sendText("{\"config\": {\"sample_rate\": 16000, \"device_id\": \"badge-0001\", \"token\": \""
                    + TestGateway.SECRET + "\", \"rep_id\": \"rep-1\"}}");
            ws.send(RawWebSocket.BINARY, new byte[3200]);
            assertTrue(ws.receive().text().contains("partial"));
            ws.sendText("{\"eof\" : 1}");
            RawWebSocket.Frame last = ws.receive();
            assertTrue(last.text().contains("\"text\""), last.text());
            assertEquals(1000, ws.awaitClose());
        }
    }
}
