package com.voiceqa.gateway;

import com.voiceqa.badge.Payloads;
import com.voiceqa.badge.client.BadgeClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static com.voiceqa.gateway.TestGateway.WAIT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 C1: call ids become paths, so a hostile one must never reach outside its call's folder. The attack that
 * used to delete the whole spool (another badge's acknowledged audio with it), and the stray file it left that then
 * stopped every restart, replayed over the real listeners.
 */
class SpoolContainmentTest {

    private static final List<String> HOSTILE_CALL_IDS = List.of("..", ".", "../..", "../badge-0001", "a/b", "a\\\\b",
            ".hidden", "", " ", "x".repeat(65), "%2e%2e", "呼叫", "a\\u0000b", "C:x", "~");

    @TempDir
    Path data;

    @Test
    void hostileCallIdsAreRefusedAndAnotherBadgesAcknowledgedAudioStaysIntact() throws Exception {
        List<byte[]> chunks = TestAudio.chunks(11, 40, 3200);
        UUID victimCall = UUID.randomUUID();
        try (TestGateway gw = new TestGateway(data)) {
            try (BadgeClient victim = gw.authenticated()) {
                TestGateway.startAndStream(victim, victimCall, chunks);

                for (String id : HOSTILE_CALL_IDS) {
                    try (RawWebSocket attacker = new RawWebSocket(gw.gateway.webSocketPort())) {
                        attacker.sendText("{\"config\": {\"sample_rate\": 16000, \"device_id\": \"badge-0002\", "
                                + "\"token\": \"another-secret-of-enough-length\", \"call_id\": \"" + id + "\"}}");
                        assertEquals(1007, attacker.awaitClose(), "call_id '" + id + "' is refused as invalid data");
                    }
                }
            }
            try (BadgeClient victim = gw.authenticated()) {
                assertEquals(chunks.size(), victim.resume(victimCall, WAIT), "every acknowledged frame is still there");
                Payloads.CallSummary summary = victim.endCall(victimCall, chunks.size(), WAIT);
                assertEquals(TestAudio.sha256(TestAudio.concat(chunks)), summary.sha256Hex());
            }
            Path wav = data.resolve("recordings").resolve(TestGateway.DEVICE).resolve(victimCall + ".wav");
            assertArrayEquals(TestAudio.concat(chunks), TestAudio.pcmOf(wav));
        }
        try (var left = Files.list(data.resolve("recordings"))) {
            assertEquals(List.of(data.resolve("recordings").resolve(TestGateway.DEVICE)), left.toList(),
                    "no recording landed anywhere but in the victim's own folder");
        }
    }

    @Test
    void recoveryStartsDespiteStrayEntriesAndKeepsTheOpenCall() throws Exception {
        List<byte[]> chunks = TestAudio.chunks(12, 10, 3200);
        UUID call = UUID.randomUUID();
        try (TestGateway gw = new TestGateway(data); BadgeClient badge = gw.authenticated()) {
            TestGateway.startAndStream(badge, call, chunks);
        }
        Path spool = data.resolve("spool");
        Files.writeString(spool.resolve("audio.spool"), "left by the old bug");
        Files.createDirectories(spool.resolve("..bad"));
        Files.writeString(spool.resolve(TestGateway.DEVICE).resolve("notes.txt"), "not a call folder");
        Files.createDirectories(spool.resolve(TestGateway.DEVICE).resolve("not-a-spool"));

        try (TestGateway gw = new TestGateway(data); BadgeClient badge = gw.authenticated()) {
            assertEquals(chunks.size(), badge.resume(call, WAIT), "the real spool was recovered");
            Payloads.CallSummary summary = badge.endCall(call, chunks.size(), WAIT);
            assertEquals(TestAudio.sha256(TestAudio.concat(chunks)), summary.sha256Hex());
        }
        assertTrue(Files.exists(spool.resolve("audio.spool")), "stray entries are left for inspection, not deleted");
        assertTrue(Files.exists(spool.resolve(TestGateway.DEVICE).resolve("not-a-spool")));
    }

    @Test
    void finishingACallDeletesOnlyTheFilesItsSpoolWrote() throws Exception {
        UUID call = UUID.randomUUID();
        try (TestGateway gw = new TestGateway(data); BadgeClient badge = gw.authenticated()) {
            badge.startCall(call, TestGateway.monoCall(16000), WAIT);
            Path folder = data.resolve("spool").resolve(TestGateway.DEVICE).resolve(call.toString());
            Files.writeString(folder.resolve("evidence.txt"), "someone else's file", StandardCharsets.UTF_8);
            badge.audio(call, 1, new byte[3200]);
            badge.endCall(call, 1, WAIT);
            assertEquals(List.of(folder.resolve("evidence.txt")), Files.list(folder).toList(),
                    "the spool's own files are gone, the foreign one and so its folder are kept");
        }
    }
}
