package com.voiceqa.web;

import com.voiceqa.asr.TestResources;
import com.voiceqa.badge.Payloads;
import com.voiceqa.badge.client.BadgeClient;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.sim.PhoneConnection;
import com.voiceqa.sim.WavFile;
import com.voiceqa.web.support.ApiClient;
import com.voiceqa.web.support.ProductProcess;
import com.voiceqa.web.support.Speech;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.net.SocketFactory;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * H4: the whole product runs as a separate process with the English test model and is killed with SIGKILL while a
 * badge call, a phone call and an upload are in flight (each with acknowledged audio); restarted on the same data,
 * the badge resumes and ends its call, and every call ends {@code done} with a transcript and a score, its recording
 * byte-identical to what was acknowledged.
 *
 * <p>A phone (vosk-server WebSocket protocol) cannot resume a call: the restarted gateway finishes it from what it
 * stored, which is at least every chunk the phone got an answer for (each answer is sent after its chunk was written
 * to the spool, so a killed process cannot lose it) and at most every chunk it sent.
 */
class ProductCrashRecoveryTest {

    private static final String PASSWORD = "crash-pass-2026";
    private static final String BADGE = "crash-badge-1";
    private static final String PHONE = "crash-phone-1";
    private static final String ACCOUNT = "Crash Test Ltd";
    private static final Duration START = Duration.ofSeconds(180);
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int CHUNK_BYTES = 3200; // 100 ms at 16 kHz mono
    private static final int BADGE_SENT_BEFORE_KILL = 60;
    private static final int BADGE_ACKED_BEFORE_KILL = 30;
    private static final int PHONE_ANSWERED_BEFORE_KILL = 40;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path data;
    @TempDir
    Path tmp;

    @Test
    void everyCallInFlightAtAKillMinus9EndsDoneWithTranscriptAndScore() throws Exception {
        Path model = TestResources.testModel();
        Path digits = TestResources.realEnglish("digits-16k.wav");
        List<byte[]> audio = chunks(WavFile.read(digits).repeated(2).pcm());
        // long enough that its transcription is still running when the process is killed
        byte[] upload = Files.readAllBytes(Speech.join(tmp, "upload", 0.5, digits, digits, digits, digits, digits, digits));
        Path log = tmp.resolve("product.log");
        UUID badgeCall = UUID.randomUUID();

        String badgeSecret;
        long badgeAcked;
        String uploadId;
        int phoneAnswered;
        int phoneSent;
        try (ProductProcess first = ProductProcess.start(data, model, PASSWORD, log, START)) {
            ApiClient admin = ApiClient.basic(first.httpPort(), "admin", PASSWORD);
            long rep = createRep(admin);
            badgeSecret = registerDevice(admin, BADGE, rep);
            String phoneSecret = registerDevice(admin, PHONE, rep);

            BadgeClient badge = BadgeClient.connect(SocketFactory.getDefault(), "127.0.0.1", first.badgePort());
            badge.authenticate(BADGE, badgeSecret.getBytes(StandardCharsets.UTF_8), WAIT);
            badge.startCall(badgeCall, new Payloads.CallStart(new StreamFormat(16000, ChannelLayout.MONO),
                    Instant.now(), false, "", ACCOUNT), WAIT);
            for (int seq = 1; seq <= BADGE_SENT_BEFORE_KILL; seq++) {
                badge.audio(badgeCall, seq, audio.get(seq - 1));
            }
            badgeAcked = badge.awaitAck(badgeCall, BADGE_ACKED_BEFORE_KILL, WAIT);

            PhoneConnection phone = PhoneConnection.open(HttpClient.newHttpClient(),
                    URI.create("ws://127.0.0.1:" + first.webSocketPort() + "/"),
                    JSON.writeValueAsString(Map.of("config", Map.of("sample_rate", 16000, "device_id", PHONE,
                            "token", phoneSecret, "call_id", "phone-" + UUID.randomUUID(), "account_id", ACCOUNT))),
                    WAIT);
            for (int i = 0; i < PHONE_ANSWERED_BEFORE_KILL; i++) {
                phone.send(ByteBuffer.wrap(audio.get(i)));
                phone.awaitReply();
            }
            // one more in flight: maybe stored, never answered
            phone.send(ByteBuffer.wrap(audio.get(PHONE_ANSWERED_BEFORE_KILL)));
            phoneAnswered = PHONE_ANSWERED_BEFORE_KILL;
            phoneSent = PHONE_ANSWERED_BEFORE_KILL + 1;

            ApiClient.Response accepted = admin.upload("/api/calls", "long-call.wav", upload, Map.of("account", ACCOUNT));
            assertEquals(202, accepted.status(), accepted.toString());
            uploadId = accepted.json().get("id").asString();
            assertEquals("processing", admin.get("/api/calls/" + uploadId).json().get("status").asString(),
                    "the upload is still being transcribed when the process is killed");

            assertEquals(137, first.kill(), "killed by SIGKILL");
            badge.close();
            phone.close();
        }

        try (ProductProcess second = ProductProcess.start(data, model, PASSWORD, log, START)) {
            ApiClient admin = ApiClient.basic(second.httpPort(), "admin", PASSWORD);
            try (BadgeClient badge = BadgeClient.connect(SocketFactory.getDefault(), "127.0.0.1", second.badgePort())) {
                badge.authenticate(BADGE, badgeSecret.getBytes(StandardCharsets.UTF_8), WAIT);
                long stored = badge.resume(badgeCall, WAIT);
                assertTrue(stored >= badgeAcked && stored <= BADGE_SENT_BEFORE_KILL,
                        "acknowledged " + badgeAcked + ", sent " + BADGE_SENT_BEFORE_KILL + ", stored " + stored);
                // resend from the last acknowledgement the badge saw: the duplicates must be dropped
                for (long seq = badgeAcked + 1; seq <= audio.size(); seq++) {
                    badge.audio(badgeCall, seq, audio.get((int) seq - 1));
                }
                Payloads.CallSummary summary = badge.endCall(badgeCall, audio.size(), WAIT);
                assertEquals(concat(audio, audio.size()).length, summary.audioBytes());
            }

            // the product names device calls itself: find each by its device (one call per device here)
            String badgeId = callOf(admin, BADGE);
            String phoneId = callOf(admin, PHONE);
            for (String id : List.of(badgeId, phoneId, uploadId)) {
                JsonNode call = awaitDone(admin, id, second);
                assertEquals(ACCOUNT, call.get("account").get("name").asString(), call.toString());
            }

            assertArrayEquals(concat(audio, audio.size()), pcm(admin, badgeId),
                    "the badge call's recording holds every chunk exactly once");
            byte[] phoneRecording = pcm(admin, phoneId);
            int phoneStored = phoneRecording.length / CHUNK_BYTES;
            assertTrue(phoneStored >= phoneAnswered && phoneStored <= phoneSent,
                    "answered " + phoneAnswered + ", sent " + phoneSent + ", recorded " + phoneStored + " chunks");
            assertArrayEquals(concat(audio, phoneStored), phoneRecording, "the phone call's recording is what it sent");
            assertArrayEquals(upload, admin.get("/api/calls/" + uploadId + "/audio").body(), "the uploaded file");

            assertEquals(3, admin.get("/api/calls?size=50").json().get("total").asLong(), "each call stored once");
        }
    }

    private static long createRep(ApiClient admin) {
        ApiClient.Response rep = admin.post("/api/users", Map.of("username", "crashrep", "displayName", "Crash Rep",
                "role", "rep", "password", PASSWORD));
        assertEquals(201, rep.status(), rep.toString());
        return rep.json().get("user").get("id").asLong();
    }

    private static String registerDevice(ApiClient admin, String deviceId, long rep) {
        ApiClient.Response device = admin.post("/api/devices", Map.of("deviceId", deviceId, "repId", rep));
        assertEquals(201, device.status(), device.toString());
        return device.json().get("secret").asString();
    }

    private static String callOf(ApiClient admin, String device) {
        List<JsonNode> calls = admin.get("/api/calls?size=50").json().get("items").valueStream()
                .filter(c -> c.get("device").asString().equals(device)).toList();
        assertEquals(1, calls.size(), "one call of " + device + ": " + calls);
        return calls.getFirst().get("id").asString();
    }

    private static JsonNode awaitDone(ApiClient client, String callId, ProductProcess product) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        JsonNode call = null;
        while (System.nanoTime() < deadline) {
            ApiClient.Response response = client.get("/api/calls/" + callId);
            if (response.status() == 200) {
                call = response.json();
                String status = call.get("status").asString();
                if (!status.equals("processing")) {
                    assertEquals("done", status, call.toString());
                    assertTrue(call.get("score").isNumber(), "scored: " + call);
                    String transcript = call.get("segments").valueStream().map(s -> s.get("text").asString())
                            .reduce("", (a, b) -> a + " " + b);
                    assertTrue(transcript.contains("zero"), "transcribed: " + transcript);
                    return call;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("call " + callId + " did not end within 120 s: " + call + "\n" + product.log());
    }

    /** The PCM samples of a call's recording as the API serves it. */
    private byte[] pcm(ApiClient client, String callId) throws Exception {
        ApiClient.Response wav = client.get("/api/calls/" + callId + "/audio");
        assertEquals(200, wav.status(), wav.toString());
        Path file = Files.write(tmp.resolve(callId + ".wav"), wav.body());
        return WavFile.read(file).pcm();
    }

    private static List<byte[]> chunks(byte[] pcm) {
        List<byte[]> chunks = new ArrayList<>();
        for (int at = 0; at < pcm.length; at += CHUNK_BYTES) {
            chunks.add(Arrays.copyOfRange(pcm, at, Math.min(pcm.length, at + CHUNK_BYTES)));
        }
        return chunks;
    }

    private static byte[] concat(List<byte[]> chunks, int count) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        chunks.subList(0, count).forEach(all::writeBytes);
        return all.toByteArray();
    }
}
