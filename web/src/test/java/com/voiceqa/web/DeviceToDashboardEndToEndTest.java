package com.voiceqa.web;

import com.voiceqa.web.support.ApiClient;
import com.voiceqa.web.support.LiveProductTest;
import com.voiceqa.web.support.SimulatorDevices;
import com.voiceqa.web.support.Speech;
import com.voiceqa.web.support.SseListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole product end to end with the real decoder: the team's device simulator ({@code simulate}) streams a call
 * in real time to the gateway inside the product, once as a phone (vosk-server WebSocket protocol) and once as a
 * badge (binary badge protocol); the live transcript feeds the rules; a churn rule's alert reaches a manager's SSE
 * subscription; after the call it is stored, scored and readable through the API. The simulated device is registered
 * through the API like a real one, so the rep comes from the device and the account from the simulator's
 * {@code --account}. Language is configuration: the small English model decodes, so the test adds an English churn
 * pack.
 */
class DeviceToDashboardEndToEndTest extends LiveProductTest {

    /** The simulator's first device id ({@code simulate devices 1}). */
    private static final String SIMULATED_DEVICE = "sim-00000";
    private static final String ACCOUNT = "Acme Logistics";
    private static final Map<String, Object> ENGLISH_CHURN_PACK = Map.of(
            "pack", "churn-en", "version", "1", "language", "en", "kind", "churn", "name", "English churn signals",
            "rules", List.of(Map.of("id", "competitor-switch", "name", "Customer is switching to a competitor",
                    "category", "competitor", "severity", "high",
                    "conditions", List.of(Map.of("id", "1", "type", "keywords", "terms", List.of("competitor|cancel"))),
                    "expression", "1")));

    @Test
    void simulatedCallsRaiseLiveAlertsAndLandScoredInTheApi(@TempDir Path tmp) throws Exception {
        ApiClient admin = ApiClient.basic(port, "admin", PASSWORD);
        ApiClient.Response pack = admin.post("/api/rules", Map.of("pack", ENGLISH_CHURN_PACK, "comment", "e2e"));
        assertEquals(201, pack.status(), pack.toString());
        long rep = admin.get("/api/users").json().valueStream()
                .filter(u -> u.get("username").asString().equals("limin")).findFirst().orElseThrow().get("id").asLong();
        String secret = SimulatorDevices.secret(admin);  // the demo registered the simulator's devices for limin

        Path opening = Speech.say("hello this is anna from the support team how are the new machines working", tmp, "a");
        Path trigger = Speech.say("we will cancel the contract and move to your competitor next month", tmp, "b");
        Path closing = Speech.say("thank you for telling me let us meet on friday to talk about it", tmp, "c");
        Path call = Speech.join(tmp, "call", 1.5, opening, trigger, closing);
        double triggerEnd = Speech.seconds(opening) + 1.5 + Speech.seconds(trigger);

        try (SseListener live = new SseListener(port, "manager", PASSWORD)) {
            live.awaitSubscribed();
            String phoneCall = streamAndAwaitAlert(live, "--phones", call, secret, triggerEnd);
            assertStoredAndScored(phoneCall, rep);
            String badgeCall = streamAndAwaitAlert(live, "--badges", call, secret, triggerEnd);
            assertNotEquals(phoneCall, badgeCall, "the badge call raised its own alert");
            assertStoredAndScored(badgeCall, rep);
        }
        assertCapacityIsReported(admin);
    }

    /** The engine's live capacity and pool reach the status API and the actuator's metrics. */
    private static void assertCapacityIsReported(ApiClient admin) {
        JsonNode capacity = admin.get("/api/live/status").json().get("capacity");
        assertTrue(capacity.get("channelCapacity").asInt() > 0, capacity.toString());
        assertEquals(0, capacity.get("liveSessions").asInt(), "both calls ended: " + capacity);
        assertEquals(2, capacity.get("warmTarget").asInt(), capacity.toString());
        ApiClient.Response metric = admin.get("/actuator/metrics/voiceqa.asr.live.capacity");
        assertEquals(200, metric.status(), metric.toString());
        assertTrue(metric.json().get("measurements").get(0).get("value").asDouble() > 0, metric.toString());
    }

    /**
     * Streams {@code wav} as one real-time call from the simulated device ({@code --phones 1} or {@code --badges 1})
     * and returns the id of the call whose churn alert reached the SSE subscriber. The latency is measured from just
     * before the simulator starts (connection set-up included, so it can only overstate) to the alert's arrival.
     */
    private String streamAndAwaitAlert(SseListener live, String transport, Path wav, String secret, double triggerEnd)
            throws Exception {
        long streamStart = System.nanoTime();
        String simulated = simulate(transport, wav, secret, "--account", ACCOUNT);
        assertTrue(simulated.contains("verified byte-identical: 1 call(s); failed: 0; lost bytes: 0"), simulated);

        SseListener.Event alert = live.next("alert", 30_000);
        assertNotNull(alert, "the churn rule's alert for the " + transport + " call reaches the manager's SSE subscription");
        assertEquals("competitor-switch", alert.data().get("ruleId").asString());
        double utteranceEnd = alert.data().get("utteranceEnd").asDouble();
        double fromSpeechEnd = (alert.receivedNanos() - streamStart) / 1e9 - triggerEnd;
        double fromSegmentEnd = (alert.receivedNanos() - streamStart) / 1e9 - utteranceEnd;
        System.out.printf("E2E alert latency (simulate %s 1): %.3f s after the triggering utterance ended in the audio "
                + "(%.3f s after the recognizer's segment end %.2f s)%n", transport, fromSpeechEnd, fromSegmentEnd,
                utteranceEnd);
        // A sanity bound, not the latency target (BENCHMARKS.md reports that): it fails only when the alert
        // waited for the end of the call instead of arriving live; 5 s flaked on a machine at load 16.
        assertTrue(fromSpeechEnd < 15.0, "alert came " + fromSpeechEnd + " s after the utterance");
        return alert.data().get("callId").asString();
    }

    private void assertStoredAndScored(String callId, long rep) throws InterruptedException {
        JsonNode stored = awaitDone(ApiClient.basic(port, "manager", PASSWORD), callId);
        assertEquals(SIMULATED_DEVICE, stored.get("device").asString());
        assertEquals(rep, stored.get("rep").get("id").asLong(), "the rep the device is registered to");
        assertEquals(ACCOUNT, stored.get("account").get("name").asString());
        assertEquals("high", stored.get("churnRisk").asString());
        String transcript = stored.get("segments").valueStream().map(s -> s.get("text").asString())
                .reduce("", (a, b) -> a + " " + b);
        assertTrue(transcript.contains("competitor"), transcript);
        assertTrue(stored.get("hits").valueStream().anyMatch(h -> h.get("ruleId").asString().equals("competitor-switch")
                && !h.get("evidence").isEmpty()), stored.get("hits").toString());
        assertTrue(stored.get("score").isNumber());
        assertEquals(404, ApiClient.basic(port, "zhaolei", PASSWORD).get("/api/calls/" + callId).status(),
                "another rep cannot open it");
        assertEquals(206, ApiClient.basic(port, "manager", PASSWORD)
                .get("/api/calls/" + callId + "/audio", "Range", "bytes=0-99").status(), "the recording is playable");
    }

    @Test
    void anUploadedRecordingIsTranscribedInTheBackgroundWithProgress(@TempDir Path tmp) throws Exception {
        Path wav = Speech.say("our budget is cut so we will cancel the order and talk to a competitor", tmp, "upload");
        ApiClient rep = ApiClient.basic(port, "limin", PASSWORD);
        ApiClient.Response accepted = rep.upload("/api/calls", "call.wav", Files.readAllBytes(wav),
                Map.of("channels", "customer", "account", "Upload Test Ltd"));
        assertEquals(202, accepted.status(), accepted.toString());
        assertEquals("processing", accepted.json().get("status").asString());
        JsonNode call = awaitDone(rep, accepted.json().get("id").asString());
        assertEquals("upload", call.get("source").asString());
        assertEquals("Upload Test Ltd", call.get("account").get("name").asString());
        assertEquals(1.0, call.get("progress").asDouble());
        assertTrue(call.get("segments").get(0).get("text").asString().contains("competitor"), call.get("segments").toString());
        assertTrue(call.get("metrics").get("durationSeconds").asDouble() > 2);

        ApiClient.Response notWav = rep.upload("/api/calls", "notes.wav", "just text".getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(415, notWav.status(), notWav.toString());
        String refusal = notWav.json().get("message").asString();
        assertTrue(refusal.contains("WAV") && refusal.contains("notes.wav"), refusal);
        assertFalse(refusal.contains("/tmp/") || refusal.contains("upload-"), "no server path: " + refusal);
        assertEquals(400, rep.upload("/api/calls", "call.wav", Files.readAllBytes(wav), Map.of("channels", "rep,customer"))
                .status(), "a mono file described as stereo is refused");
    }

    private static JsonNode awaitDone(ApiClient client, String callId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        JsonNode call = null;
        while (System.currentTimeMillis() < deadline) {
            ApiClient.Response response = client.get("/api/calls/" + callId);
            if (response.status() == 200) {
                call = response.json();
                if (!call.get("status").asString().equals("processing")) {
                    assertEquals("done", call.get("status").asString(), call.toString());
                    return call;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("call " + callId + " was not stored within 60 s: " + call);
    }
}
