package com.voiceqa.gateway;

import com.voiceqa.badge.ErrorCode;
import com.voiceqa.badge.FrameType;
import com.voiceqa.badge.Payloads;
import com.voiceqa.badge.client.BadgeClient;
import com.voiceqa.core.id.CallId;
import com.voiceqa.core.id.CallKey;
import com.voiceqa.core.id.DeviceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static com.voiceqa.gateway.TestGateway.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The protocols acknowledge what the audio log says is durable, and nothing earlier, and tell the device when it could
 * not be: the seam a replicated log (Kafka, {@code acks=all}) plugs into. The log here is the real spool with its
 * answers held back.
 */
class DurableAcknowledgementTest {

    private static final Duration MOMENT = Duration.ofMillis(500);

    @TempDir
    Path data;
    HeldAudioLog log;
    TestGateway gw;

    @BeforeEach
    void start() throws Exception {
        gw = new TestGateway(data, c -> c, Optional.empty(), real -> log = new HeldAudioLog(real));
    }

    @AfterEach
    void stop() throws Exception {
        gw.close();
    }

    @Test
    void audioIsAcknowledgedOnlyOnceTheLogSaysItIsDurable() throws Exception {
        UUID callId = UUID.randomUUID();
        try (BadgeClient badge = gw.authenticated()) {
            streamHeld(badge, callId, 2);
            assertThrows(IOException.class, () -> badge.awaitAck(callId, 1, MOMENT), "no ACK while the log holds");
            assertEquals(0, badge.acknowledged(callId));

            log.release();
            assertEquals(2, badge.awaitAck(callId, 2, WAIT));
        }
    }

    @Test
    void audioTheLogCouldNotKeepIsNeverAcknowledgedAndTheDeviceIsTold() throws Exception {
        UUID callId = UUID.randomUUID();
        try (BadgeClient badge = gw.authenticated()) {
            streamHeld(badge, callId, 1);
            assertThrows(IOException.class, () -> badge.awaitAck(callId, 1, MOMENT));

            log.fail(new IOException("not enough in-sync replicas"));
            var error = assertThrows(BadgeClient.ErrorReply.class, () -> badge.awaitAck(callId, 1, WAIT));
            assertEquals(ErrorCode.STORAGE_FAILURE, error.code());
            assertEquals(0, badge.acknowledged(callId), "nothing acknowledged that the log did not keep");
        }
    }

    @Test
    void aResumingDeviceIsToldWhatIsDurableNotWhatWasReceived() throws Exception {
        UUID callId = UUID.randomUUID();
        try (BadgeClient badge = gw.authenticated()) {
            streamHeld(badge, callId, 2);
            assertThrows(IOException.class, () -> badge.awaitAck(callId, 2, MOMENT));
        }
        try (BadgeClient badge = gw.authenticated()) {
            assertThrows(IOException.class, () -> badge.resume(callId, MOMENT), "RESUME waits for the log");
            log.release();
            assertEquals(2, badge.expect(FrameType.RESUME, WAIT).sequence());
            badge.audio(callId, 3, new byte[3200]);
            log.awaitHeld(1, WAIT);
            log.release();
            assertEquals(3, badge.awaitAck(callId, 3, WAIT));
        }
    }

    @Test
    void afterTheLogFailedTheDeviceResendsAndTheCallEndsCompleteWithoutRepeats() throws Exception {
        UUID callId = UUID.randomUUID();
        List<byte[]> chunks = TestAudio.chunks(7, 2, 3200);
        try (BadgeClient badge = gw.authenticated()) {
            badge.startCall(callId, TestGateway.monoCall(16000), WAIT);
            badge.audio(callId, 1, chunks.get(0));
            log.awaitHeld(1, WAIT);
            log.fail(new IOException("not enough in-sync replicas"));
            assertThrows(BadgeClient.ErrorReply.class, () -> badge.awaitAck(callId, 1, WAIT));
        }
        try (BadgeClient badge = gw.authenticated()) {
            assertEquals(0, badge.resume(callId, WAIT), "the failed chunk does not count");
            badge.audio(callId, 1, chunks.get(0));
            badge.audio(callId, 2, chunks.get(1));
            log.awaitHeld(2, WAIT);
            log.release();
            assertEquals(2, badge.awaitAck(callId, 2, WAIT));
            Payloads.CallSummary summary = badge.endCall(callId, 2, WAIT);
            byte[] sent = TestAudio.concat(chunks);
            assertEquals(sent.length, summary.audioBytes());
            assertEquals(TestAudio.sha256(sent), summary.sha256Hex());
        }
        CallKey key = new CallKey(new DeviceId(TestGateway.DEVICE), CallId.of(callId));
        assertEquals(Map.of(key, 2L), log.ended, "the log learns the call's audio is complete after 2 chunks");
    }

    @Test
    void aPhoneWhoseAudioTheLogCouldNotKeepIsClosedWithTheReason() throws Exception {
        try (RawWebSocket phone = new RawWebSocket(gw.gateway.webSocketPort())) {
            phone.sendText("{\"config\": {\"sample_rate\": 16000}}");
            phone.send(RawWebSocket.BINARY, new byte[3200]);
            assertTrue(phone.receive().text().contains("partial"), "vosk-server answers every chunk at once");
            log.awaitHeld(1, WAIT);

            log.fail(new IOException("not enough in-sync replicas"));
            RawWebSocket.Frame close = phone.awaitCloseFrame();
            assertEquals(1008, close.closeCode());
            assertEquals("the server could not store the audio; try again later", close.closeReason());
        }
    }

    /** Starts a call and sends AUDIO 1..{@code chunks}, which the gateway stores and the log holds unanswered. */
    private void streamHeld(BadgeClient badge, UUID callId, int chunks) throws Exception {
        badge.startCall(callId, TestGateway.monoCall(16000), WAIT);
        for (int seq = 1; seq <= chunks; seq++) {
            badge.audio(callId, seq, new byte[3200]);
        }
        log.awaitHeld(chunks, WAIT);
    }
}
