package com.voiceqa.gateway;

import com.voiceqa.badge.Payloads;
import com.voiceqa.badge.client.BadgeClient;
import com.voiceqa.core.events.CallEvent;
import com.voiceqa.core.events.CallSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static com.voiceqa.gateway.TestGateway.WAIT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whole calls over the badge protocol against a real gateway on loopback. */
class BadgeProtocolTest {

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
    void aWholeCallIsStoredExactlyAndAnnounced() throws Exception {
        List<byte[]> chunks = TestAudio.chunks(1, 60, 3200);
        UUID callId = UUID.randomUUID();
        try (BadgeClient badge = gw.authenticated()) {
            assertEquals(0, badge.startCall(callId, TestGateway.monoCall(16000), WAIT));
            for (int i = 0; i < chunks.size(); i++) {
                badge.audio(callId, i + 1, chunks.get(i));
            }
            assertEquals(chunks.size(), badge.awaitAck(callId, chunks.size(), WAIT));
            Payloads.CallSummary summary = badge.endCall(callId, chunks.size(), WAIT);

            byte[] sent = TestAudio.concat(chunks);
            assertEquals(sent.length, summary.audioBytes());
            assertEquals(TestAudio.sha256(sent), summary.sha256Hex());
        }
        CallEvent.Started started = gw.nextEvent(CallEvent.Started.class);
        assertEquals(callId.toString(), started.call().key().call().value());
        assertEquals(TestGateway.DEVICE, started.call().deviceId());
        assertEquals("rep-7", started.call().repId());
        assertEquals("acct-42", started.call().accountId());
        assertEquals(CallSource.BADGE, started.call().source());
        CallEvent.Ended ended = gw.nextEvent(CallEvent.Ended.class);
        assertEquals(CallEvent.EndReason.COMPLETED, ended.reason());
        assertTrue(ended.transcript().isEmpty(), "no transcript without ASR");
        assertArrayEquals(TestAudio.concat(chunks), TestAudio.pcmOf(ended.recording()));
        assertTrue(Files.readString(ended.recording(), java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("RIFF"));
        assertFalse(Files.exists(data.resolve("spool").resolve(TestGateway.DEVICE).resolve(callId.toString())),
                "the spool of a finished call is removed");
    }

    @Test
    void aDisconnectedBadgeResumesAndTheRecordingIsByteIdentical() throws Exception {
        List<byte[]> chunks = TestAudio.chunks(2, 80, 1600);
        UUID callId = UUID.randomUUID();
        BadgeClient first = gw.authenticated();
        first.startCall(callId, TestGateway.monoCall(8000), WAIT);
        for (int i = 0; i < 30; i++) {
            first.audio(callId, i + 1, chunks.get(i));
        }
        first.awaitAck(callId, 20, WAIT);
        first.close();

        try (BadgeClient second = gw.authenticated()) {
            long stored = second.resume(callId, WAIT);
            assertTrue(stored >= 20 && stored <= 30, "server stores what was acked: " + stored);
            // resend a few frames the server already has: they must be dropped, not stored twice
            long from = Math.max(1, stored - 5);
            for (long seq = from; seq <= chunks.size(); seq++) {
                second.audio(callId, seq, chunks.get((int) seq - 1));
            }
            second.awaitAck(callId, chunks.size(), WAIT);
            Payloads.CallSummary summary = second.endCall(callId, chunks.size(), WAIT);
            assertEquals(TestAudio.sha256(TestAudio.concat(chunks)), summary.sha256Hex());
        }
        CallEvent.Ended ended = gw.nextEvent(CallEvent.Ended.class);
        assertArrayEquals(TestAudio.concat(chunks), TestAudio.pcmOf(ended.recording()));
    }

    @Test
    void endingAFinishedCallAgainRepeatsItsSummary() throws Exception {
        List<byte[]> chunks = TestAudio.chunks(3, 5, 640);
        UUID callId = UUID.randomUUID();
        try (BadgeClient badge = gw.authenticated()) {
            badge.startCall(callId, TestGateway.monoCall(16000), WAIT);
            for (int i = 0; i < chunks.size(); i++) {
                badge.audio(callId, i + 1, chunks.get(i));
            }
            Payloads.CallSummary first = badge.endCall(callId, chunks.size(), WAIT);
            // a badge that lost the reply reconnects and asks again
            Payloads.CallSummary again = badge.endCall(callId, chunks.size(), WAIT);
            assertEquals(first.sha256Hex(), again.sha256Hex());
            assertEquals(first.audioBytes(), again.audioBytes());
        }
    }

    @Test
    void aResentFrameThatIsAlreadyDurableIsAcknowledgedAgain() throws Exception {
        List<byte[]> chunks = TestAudio.chunks(5, 3, 3200);
        UUID callId = UUID.randomUUID();
        try (BadgeClient badge = gw.authenticated()) {
            TestGateway.startAndStream(badge, callId, chunks);
            java.util.concurrent.BlockingQueue<Long> acks = new java.util.concurrent.LinkedBlockingQueue<>();
            badge.onAck(callId, acks::add);
            badge.audio(callId, 2, chunks.get(1)); // the badge lost our ACK and sends the frame again
            assertEquals(3L, acks.poll(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS),
                    "the duplicate is answered with the durable sequence, as docs/device-protocol.md promises");
            assertEquals(3 * 3200, badge.endCall(callId, chunks.size(), WAIT).audioBytes(), "and stored once");
        }
    }

    @Test
    void storeAndForwardUploadsAreMarkedAndRunFasterThanRealTime() throws Exception {
        List<byte[]> chunks = TestAudio.chunks(4, 300, 3200); // 30 s of 16 kHz mono
        UUID callId = UUID.randomUUID();
        var start = new Payloads.CallStart(TestGateway.monoCall(16000).format(),
                java.time.Instant.parse("2026-11-22T15:30:00Z"), true, "rep-9", "");
        long began = System.nanoTime();
        try (BadgeClient badge = gw.authenticated()) {
            badge.startCall(callId, start, WAIT);
            for (int i = 0; i < chunks.size(); i++) {
                badge.audio(callId, i + 1, chunks.get(i));
            }
            badge.endCall(callId, chunks.size(), WAIT);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        assertTrue(seconds < 30, "30 s of offline audio uploaded in " + seconds + " s");
        CallEvent.Started started = gw.nextEvent(CallEvent.Started.class);
        assertTrue(started.call().storeAndForward());
        assertEquals(java.time.Instant.parse("2026-11-22T15:30:00Z"), started.call().recordedAt());
    }
}
