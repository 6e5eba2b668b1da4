package com.voiceqa.gateway;

import com.voiceqa.badge.BadgeFrame;
import com.voiceqa.badge.ErrorCode;
import com.voiceqa.badge.FrameFormat;
import com.voiceqa.badge.FrameType;
import com.voiceqa.badge.Payloads;
import com.voiceqa.badge.client.BadgeClient;
import com.voiceqa.gateway.config.GatewayConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.voiceqa.gateway.BadgeAuthenticationTest.assertClosed;
import static com.voiceqa.gateway.TestGateway.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken and malicious badge input gets an ERROR (and a close when fatal); the server keeps serving others. */
class BadgeHostileInputTest {

    @TempDir
    Path data;
    TestGateway gw;

    @BeforeEach
    void start() throws Exception {
        gw = new TestGateway(data, c -> c.withLimits(c.limits()
                .withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofSeconds(1))
                .withMaxFramesPerSecond(500)), Optional.empty());
    }

    @AfterEach
    void stop() throws Exception {
        assertServerStillWorks();
        gw.close();
    }

    @Test
    void badMagic() throws Exception {
        byte[] frame = FrameFormat.encode(BadgeFrame.of(FrameType.HEARTBEAT));
        frame[0] = 'G';
        frame[1] = 'E';
        assertFatal(frame, ErrorCode.BAD_MAGIC);
    }

    @Test
    void httpRequestOnTheBadgePort() throws Exception {
        assertFatal("GET / HTTP/1.1\r\nHost: x\r\n\r\n                ".getBytes(), ErrorCode.BAD_MAGIC);
    }

    @Test
    void crcMismatch() throws Exception {
        byte[] frame = FrameFormat.encode(new BadgeFrame(FrameType.HELLO, BadgeFrame.NO_CALL, 0,
                Payloads.hello(TestGateway.DEVICE)));
        frame[frame.length - 1] ^= 0x01;
        assertFatal(frame, ErrorCode.CRC_MISMATCH);
    }

    @Test
    void oversizedLengthIsRejectedFromTheHeaderAlone() throws Exception {
        byte[] header = FrameFormat.encode(BadgeFrame.of(FrameType.HELLO));
        ByteBuffer.wrap(header).putInt(24, Integer.MAX_VALUE); // ~2 GiB declared, never sent
        assertFatal(header, ErrorCode.FRAME_TOO_LARGE);
    }

    @Test
    void unknownType() throws Exception {
        byte[] frame = FrameFormat.encode(BadgeFrame.of(FrameType.HEARTBEAT));
        frame[3] = 0x55;
        assertFatal(frame, ErrorCode.UNKNOWN_TYPE);
    }

    @Test
    void unsupportedVersion() throws Exception {
        byte[] frame = FrameFormat.encode(BadgeFrame.of(FrameType.HEARTBEAT));
        frame[2] = 9;
        assertFatal(frame, ErrorCode.UNSUPPORTED_VERSION);
    }

    @Test
    void outOfOrderSequenceIsRefusedButTheCallGoesOn() throws Exception {
        List<byte[]> chunks = TestAudio.chunks(5, 6, 320);
        UUID callId = UUID.randomUUID();
        try (BadgeClient badge = gw.authenticated()) {
            badge.startCall(callId, TestGateway.monoCall(16000), WAIT);
            badge.audio(callId, 1, chunks.get(0));
            badge.audio(callId, 3, chunks.get(2)); // 2 skipped
            var gap = assertThrows(BadgeClient.ErrorReply.class, () -> badge.expect(FrameType.RESUME, WAIT));
            assertEquals(ErrorCode.SEQUENCE_GAP, gap.code());
            for (int seq = 2; seq <= chunks.size(); seq++) {
                badge.audio(callId, seq, chunks.get(seq - 1));
            }
            badge.audio(callId, 4, chunks.get(3)); // duplicate: dropped
            Payloads.CallSummary summary = badge.endCall(callId, chunks.size(), WAIT);
            assertEquals(TestAudio.sha256(TestAudio.concat(chunks)), summary.sha256Hex());
        }
    }

    @Test
    void endingWithMissingAudioIsRefused() throws Exception {
        UUID callId = UUID.randomUUID();
        try (BadgeClient badge = gw.authenticated()) {
            badge.startCall(callId, TestGateway.monoCall(16000), WAIT);
            badge.audio(callId, 1, new byte[320]);
            var error = assertThrows(BadgeClient.ErrorReply.class, () -> badge.endCall(callId, 5, WAIT));
            assertEquals(ErrorCode.SEQUENCE_GAP, error.code());
        }
    }

    @Test
    void audioWithHalfASampleIsMalformed() throws Exception {
        UUID callId = UUID.randomUUID();
        try (BadgeClient badge = gw.authenticated()) {
            badge.startCall(callId, TestGateway.monoCall(16000), WAIT);
            badge.audio(callId, 1, new byte[321]);
            var error = assertThrows(BadgeClient.ErrorReply.class, () -> badge.expect(FrameType.RESUME, WAIT));
            assertEquals(ErrorCode.MALFORMED_PAYLOAD, error.code());
            assertClosed(badge);
        }
    }

    @Test
    void unsupportedSampleRateIsRefused() throws Exception {
        try (BadgeClient badge = gw.authenticated()) {
            byte[] start = TestGateway.monoCall(16000).encode();
            ByteBuffer.wrap(start).putInt(2, 1_000_000);
            badge.send(new BadgeFrame(FrameType.CALL_START, UUID.randomUUID(), 0, start));
            var error = assertThrows(BadgeClient.ErrorReply.class, () -> badge.expect(FrameType.ACK, WAIT));
            assertEquals(ErrorCode.UNSUPPORTED_FORMAT, error.code());
        }
    }

    @Test
    void slowLorisIsCutOff() throws Exception {
        try (BadgeClient badge = gw.connect()) {
            byte[] frame = FrameFormat.encode(new BadgeFrame(FrameType.HELLO, BadgeFrame.NO_CALL, 0,
                    Payloads.hello(TestGateway.DEVICE)));
            long started = System.nanoTime();
            var error = assertThrows(IOException.class, () -> {
                for (byte b : frame) {
                    badge.sendRaw(new byte[] {b});
                    Thread.sleep(300);
                    if (badge.isClosed()) {
                        break;
                    }
                }
                badge.expect(FrameType.CHALLENGE, WAIT);
            });
            assertTrue(error instanceof BadgeClient.ErrorReply reply && reply.code() == ErrorCode.TIMEOUT
                    || badge.isClosed(), "slow sender cut off: " + error);
            assertTrue(System.nanoTime() - started < 8_000_000_000L, "cut off within the frame/handshake timeouts");
            assertClosed(badge);
        }
    }

    @Test
    void silentConnectionIsClosedAfterTheHandshakeTimeout() throws Exception {
        try (BadgeClient badge = gw.connect()) {
            var error = assertThrows(BadgeClient.ErrorReply.class, () -> badge.expect(FrameType.CHALLENGE, WAIT));
            assertEquals(ErrorCode.TIMEOUT, error.code());
            assertClosed(badge);
        }
    }

    @Test
    void floodOfTinyFramesIsCutOff() throws Exception {
        try (BadgeClient badge = gw.authenticated()) {
            byte[] heartbeat = FrameFormat.encode(BadgeFrame.of(FrameType.HEARTBEAT));
            byte[] burst = new byte[heartbeat.length * 1000];
            for (int i = 0; i < 1000; i++) {
                System.arraycopy(heartbeat, 0, burst, i * heartbeat.length, heartbeat.length);
            }
            var error = assertThrows(IOException.class, () -> {
                for (int i = 0; i < 200 && !badge.isClosed(); i++) {
                    badge.sendRaw(burst);
                }
                badge.expect(FrameType.WELCOME, WAIT);
            });
            // the server answers RATE_LIMITED and closes; a client still writing then sees the reset
            assertTrue(error instanceof BadgeClient.ErrorReply reply && reply.code() == ErrorCode.RATE_LIMITED
                    || error instanceof java.net.SocketException || badge.isClosed(), "flood cut off: " + error);
            assertClosed(badge);
        }
    }

    @Test
    void tooManyCallsPerDevice() throws Exception {
        try (BadgeClient badge = gw.authenticated()) {
            int limit = gw.gateway == null ? 0 : com.voiceqa.gateway.config.GatewayConfig.Limits.DEFAULT.maxCallsPerDevice();
            for (int i = 0; i < limit; i++) {
                badge.startCall(UUID.randomUUID(), TestGateway.monoCall(16000), WAIT);
            }
            var error = assertThrows(BadgeClient.ErrorReply.class,
                    () -> badge.startCall(UUID.randomUUID(), TestGateway.monoCall(16000), WAIT));
            assertEquals(ErrorCode.TOO_MANY_CALLS, error.code());
        }
    }

    @Test
    void manyHalfSentMaximalFramesKeepMemoryBounded() throws Exception {
        int connections = 300;
        int payload = GatewayConfig.Limits.DEFAULT.maxBadgePayload();
        byte[] frame = FrameFormat.encode(new BadgeFrame(FrameType.HELLO, BadgeFrame.NO_CALL, 0, new byte[payload]));
        byte[] half = java.util.Arrays.copyOf(frame, FrameFormat.HEADER_BYTES + payload / 2);
        long before = usedHeapAfterGc();
        List<BadgeClient> clients = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < connections; i++) {
                BadgeClient c = gw.connect();
                clients.add(c);
                c.sendRaw(half);
                byte[] lie = FrameFormat.encode(BadgeFrame.of(FrameType.HELLO));
                ByteBuffer.wrap(lie).putInt(24, Integer.MAX_VALUE);
                if (i % 2 == 0) {
                    BadgeClient liar = gw.connect();
                    clients.add(liar);
                    liar.sendRaw(lie); // declares 2 GiB: refused from the header, nothing allocated
                }
            }
            Thread.sleep(500);
            long growth = usedHeapAfterGc() - before;
            // each half frame may sit in a receive buffer (32 KiB + overhead); a server that trusted declared
            // lengths would have tried to allocate 150 x 2 GiB
            assertTrue(growth < 96L * 1024 * 1024, "heap grew by " + growth / (1024 * 1024) + " MiB");
        } finally {
            for (BadgeClient c : clients) {
                c.close();
            }
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        System.gc();
        Thread.sleep(100);
        return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void assertFatal(byte[] bytes, ErrorCode expected) throws Exception {
        try (BadgeClient badge = gw.connect()) {
            badge.sendRaw(bytes);
            var error = assertThrows(BadgeClient.ErrorReply.class, () -> badge.expect(FrameType.CHALLENGE, WAIT));
            assertEquals(expected, error.code());
            assertClosed(badge);
        }
    }

    private void assertServerStillWorks() throws Exception {
        UUID callId = UUID.randomUUID();
        try (BadgeClient badge = gw.connect()) {
            badge.authenticate("badge-0002", "another-secret-of-enough-length".getBytes(), WAIT);
            badge.startCall(callId, TestGateway.monoCall(16000), WAIT);
            badge.audio(callId, 1, new byte[640]);
            assertEquals(640, badge.endCall(callId, 1, WAIT).audioBytes());
        }
    }
}
