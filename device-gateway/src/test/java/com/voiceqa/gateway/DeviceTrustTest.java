package com.voiceqa.gateway;

import com.voiceqa.badge.BadgeFrame;
import com.voiceqa.badge.FrameType;
import com.voiceqa.badge.Payloads;
import com.voiceqa.badge.client.BadgeClient;
import com.voiceqa.core.events.CallEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static com.voiceqa.gateway.TestGateway.WAIT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 M6: what a device says about itself is not trusted beyond its own calls. Call ids are namespaced by
 * device, a reused id is refused before anything is acknowledged, and a client without credentials names no rep.
 */
class DeviceTrustTest {

    private static final String OTHER_DEVICE = "badge-0002";
    private static final String OTHER_SECRET = "another-secret-of-enough-length";

    @TempDir
    Path data;

    @Test
    void twoDevicesChoosingTheSameCallIdGetTwoCalls() throws Exception {
        try (TestGateway gw = new TestGateway(data)) {
            byte[] first = TestAudio.chunks(1, 1, 3200).getFirst();
            byte[] second = TestAudio.chunks(2, 1, 3200).getFirst();
            assertEquals(1000, phoneCall(gw, TestGateway.DEVICE, TestGateway.SECRET, "call-0005", first));
            assertEquals(1000, phoneCall(gw, OTHER_DEVICE, OTHER_SECRET, "call-0005", second));

            CallEvent.Ended a = gw.nextEvent(CallEvent.Ended.class);
            CallEvent.Ended b = gw.nextEvent(CallEvent.Ended.class);
            assertNotEquals(a.callId(), b.callId(), "the product sees two calls");
            assertTrue(a.callId().startsWith("dev-") && b.callId().startsWith("dev-"),
                    "device calls never take an id the product uses for uploads or demo calls: " + a.callId());
            assertArrayEquals(first, TestAudio.pcmOf(a.recording()));
            assertArrayEquals(second, TestAudio.pcmOf(b.recording()));
        }
    }

    @Test
    void aReusedWebSocketCallIdIsRefusedAndTheFirstRecordingKept() throws Exception {
        try (TestGateway gw = new TestGateway(data)) {
            byte[] audio = TestAudio.chunks(3, 1, 3200).getFirst();
            assertEquals(1000, phoneCall(gw, TestGateway.DEVICE, TestGateway.SECRET, "call-0005", audio));
            Path recording = gw.nextEvent(CallEvent.Ended.class).recording();

            try (RawWebSocket ws = new RawWebSocket(gw.gateway.webSocketPort())) {
                ws.sendText(config(TestGateway.DEVICE, TestGateway.SECRET, "call-0005"));
                ws.send(RawWebSocket.BINARY, new byte[3200]);
                RawWebSocket.Frame reply = ws.receive();
                assertEquals(RawWebSocket.CLOSE, reply.opcode(), "no partial: the audio was not acknowledged");
                assertEquals(1008, reply.closeCode());
                assertTrue(reply.text().contains("call_id"), reply.text());
            }
            assertArrayEquals(audio, TestAudio.pcmOf(recording), "the first call's recording is untouched");
        }
    }

    @Test
    void aCallIdOpenOnAnotherConnectionIsNotTakenOver() throws Exception {
        try (TestGateway gw = new TestGateway(data); RawWebSocket owner = new RawWebSocket(gw.gateway.webSocketPort())) {
            owner.sendText(config(TestGateway.DEVICE, TestGateway.SECRET, "call-0006"));
            owner.send(RawWebSocket.BINARY, new byte[3200]);
            assertTrue(owner.receive().text().contains("partial"));
            try (RawWebSocket intruder = new RawWebSocket(gw.gateway.webSocketPort())) {
                intruder.sendText(config(TestGateway.DEVICE, TestGateway.SECRET, "call-0006"));
                intruder.send(RawWebSocket.BINARY, new byte[3200]);
                assertEquals(1008, intruder.awaitClose());
            }
            owner.send(RawWebSocket.BINARY, new byte[3200]);
            assertTrue(owner.receive().text().contains("partial"), "the owner keeps streaming");
            owner.sendText("{\"eof\" : 1}");
            owner.receive();
            assertEquals(1000, owner.awaitClose());
            assertEquals(6400, gw.nextEvent(CallEvent.Ended.class).audioBytes());
        }
    }

    @Test
    void aBadgeRestartingAnEndedCallGetsItsSummaryNotANewCall() throws Exception {
        try (TestGateway gw = new TestGateway(data); BadgeClient badge = gw.authenticated()) {
            UUID call = UUID.randomUUID();
            badge.startCall(call, TestGateway.monoCall(16000), WAIT);
            badge.audio(call, 1, new byte[3200]);
            Payloads.CallSummary ended = badge.endCall(call, 1, WAIT);

            badge.send(new BadgeFrame(FrameType.CALL_START, call, 0, TestGateway.monoCall(16000).encode()));
            Payloads.CallSummary again = Payloads.CallSummary.parse(badge.expect(FrameType.CALL_END, WAIT).payload());
            assertEquals(ended.audioBytes(), again.audioBytes());
            assertEquals(ended.sha256Hex(), again.sha256Hex());
            assertEquals(0, gw.gateway.openCalls());
        }
    }

    @Test
    void anAnonymousClientCannotClaimARep() throws Exception {
        try (TestGateway gw = new TestGateway(data); RawWebSocket ws = new RawWebSocket(gw.gateway.webSocketPort())) {
            ws.sendText("{\"config\": {\"sample_rate\": 16000, \"rep_id\": \"zhaolei\"}}");
            ws.send(RawWebSocket.BINARY, new byte[3200]);
            CallEvent.Started started = gw.nextEvent(CallEvent.Started.class);
            assertEquals("anonymous", started.call().deviceId());
            assertEquals("", started.call().repId(), "nobody vouches for an anonymous client's rep");
        }
    }

    @Test
    void noDeviceMayBeRegisteredAsAnonymous() throws Exception {
        Path devices = Files.writeString(data.resolve("devices.txt"), "anonymous 0123456789abcdef0123\n");
        var error = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> com.voiceqa.gateway.auth.FileDeviceDirectory.load(devices));
        assertTrue(error.getMessage().contains("reserved"), error.getMessage());
    }

    /** Streams one chunk as a WebSocket call and returns the close code. */
    private static int phoneCall(TestGateway gw, String device, String secret, String callId, byte[] pcm)
            throws Exception {
        try (RawWebSocket ws = new RawWebSocket(gw.gateway.webSocketPort())) {
            ws.sendText(config(device, secret, callId));
            ws.send(RawWebSocket.BINARY, pcm);
            ws.receive();
            ws.sendText("{\"eof\" : 1}");
            return ws.awaitClose();
        }
    }

    private static String config(String device, String secret, String callId) {
        return "{\"config\": {\"sample_rate\": 16000, \"device_id\": \"" + device + "\", \"token\": \"" + secret
                + "\", \"call_id\": \"" + callId + "\", \"rep_id\": \"zhaolei\"}}";
    }
}
