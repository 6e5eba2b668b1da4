package com.voiceqa.gateway;

import com.voiceqa.badge.BadgeFrame;
import com.voiceqa.badge.ChallengeResponse;
import com.voiceqa.badge.ErrorCode;
import com.voiceqa.badge.FrameType;
import com.voiceqa.badge.Payloads;
import com.voiceqa.badge.client.BadgeClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

import static com.voiceqa.gateway.TestGateway.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HMAC challenge/response handshake rejects what it must. */
class BadgeAuthenticationTest {

    @TempDir
    Path data;
    TestGateway gw;

    @BeforeEach
    void start() throws Exception {
        gw = new TestGateway(data);
    }

    @AfterEach
    void stop() throws Exception {
        gw.close();
    }

    @Test
    void wrongSecretIsRejectedAndTheConnectionClosed() throws Exception {
        try (BadgeClient badge = gw.connect()) {
            var error = assertThrows(BadgeClient.ErrorReply.class, () -> badge.authenticate(TestGateway.DEVICE,
                    "not-the-secret-at-all".getBytes(StandardCharsets.UTF_8), WAIT));
            assertEquals(ErrorCode.AUTH_FAILED, error.code());
            assertClosed(badge);
        }
    }

    @Test
    void unknownDeviceIsRejectedLikeAWrongSecret() throws Exception {
        try (BadgeClient badge = gw.connect()) {
            var error = assertThrows(BadgeClient.ErrorReply.class, () -> badge.authenticate("badge-9999",
                    TestGateway.SECRET.getBytes(StandardCharsets.UTF_8), WAIT));
            assertEquals(ErrorCode.AUTH_FAILED, error.code());
            assertClosed(badge);
        }
    }

    @Test
    void aRecordedAnswerCannotBeReplayedOnAnotherConnection() throws Exception {
        byte[] recordedAnswer;
        try (BadgeClient genuine = gw.connect()) {
            genuine.send(new BadgeFrame(FrameType.HELLO, BadgeFrame.NO_CALL, 0, Payloads.hello(TestGateway.DEVICE)));
            byte[] nonce = genuine.expect(FrameType.CHALLENGE, WAIT).payload();
            recordedAnswer = ChallengeResponse.answer(TestGateway.SECRET.getBytes(StandardCharsets.UTF_8), nonce,
                    TestGateway.DEVICE);
            genuine.send(new BadgeFrame(FrameType.AUTH, BadgeFrame.NO_CALL, 0, recordedAnswer));
            genuine.expect(FrameType.WELCOME, WAIT);
        }
        try (BadgeClient attacker = gw.connect()) {
            attacker.send(new BadgeFrame(FrameType.HELLO, BadgeFrame.NO_CALL, 0, Payloads.hello(TestGateway.DEVICE)));
            byte[] freshNonce = attacker.expect(FrameType.CHALLENGE, WAIT).payload();
            assertTrue(freshNonce.length == ChallengeResponse.NONCE_BYTES);
            attacker.send(new BadgeFrame(FrameType.AUTH, BadgeFrame.NO_CALL, 0, recordedAnswer));
            var error = assertThrows(BadgeClient.ErrorReply.class, () -> attacker.expect(FrameType.WELCOME, WAIT));
            assertEquals(ErrorCode.AUTH_FAILED, error.code());
            assertClosed(attacker);
        }
    }

    @Test
    void callsBeforeAuthenticationAreRefused() throws Exception {
        try (BadgeClient badge = gw.connect()) {
            badge.send(new BadgeFrame(FrameType.CALL_START, UUID.randomUUID(), 0,
                    TestGateway.monoCall(16000).encode()));
            var error = assertThrows(BadgeClient.ErrorReply.class, () -> badge.expect(FrameType.ACK, WAIT));
            assertEquals(ErrorCode.UNEXPECTED_FRAME, error.code());
            assertClosed(badge);
        }
    }

    @Test
    void aDeviceCannotResumeAnotherDevicesCall() throws Exception {
        UUID callId = UUID.randomUUID();
        try (BadgeClient owner = gw.authenticated()) {
            owner.startCall(callId, TestGateway.monoCall(16000), WAIT);
        }
        try (BadgeClient other = gw.connect()) {
            other.authenticate("badge-0002", "another-secret-of-enough-length".getBytes(StandardCharsets.UTF_8), WAIT);
            var error = assertThrows(BadgeClient.ErrorReply.class, () -> other.resume(callId, WAIT));
            assertEquals(ErrorCode.UNKNOWN_CALL, error.code());
        }
    }

    static void assertClosed(BadgeClient client) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!client.isClosed() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(client.isClosed(), "the server closes the connection");
    }
}
