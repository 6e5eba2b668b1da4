package com.voiceqa.gateway;

import com.voiceqa.asr.AsrConfig;
import com.voiceqa.asr.AsrEngine;
import com.voiceqa.asr.ProgressListener;
import com.voiceqa.asr.TestResources;
import com.voiceqa.asr.WordAccuracy;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.Segment;
import com.voiceqa.core.events.CallEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Live capacity over the real WebSocket with the real English model: a stereo call's partials and results are
 * tagged by role, and a call arriving while the engine is at its live limit is recorded, told it is queued, and
 * transcribed from its recording once the live call frees the capacity.
 */
class LiveCapacityTest {

    private static final JsonMapper JSON = new JsonMapper();
    private static final int CHUNK_FRAMES = 3200; // 0.2 s at 16 kHz

    @TempDir
    static Path data;
    static AsrEngine engine;
    static TestGateway gw;
    static byte[] speech;

    @BeforeAll
    static void start() throws Exception {
        // two live channels at most: one stereo call fills the engine
        engine = AsrEngine.load(AsrConfig.of(TestResources.testModel()).withLiveChannelLimit(2));
        gw = new TestGateway(data, c -> c, Optional.of(new EngineTranscription(engine)));
        speech = TestAudio.pcmOf(TestResources.realEnglish("digits-16k.wav"));
    }

    @AfterAll
    static void stop() throws Exception {
        gw.close();
        engine.close();
    }

    @Test
    void stereoRolesAreTaggedAndACallBeyondCapacityIsQueuedThenTranscribed() throws Exception {
        try (RawWebSocket stereo = new RawWebSocket(gw.gateway.webSocketPort());
             RawWebSocket mono = new RawWebSocket(gw.gateway.webSocketPort())) {
            stereo.sendText("{\"config\": {\"sample_rate\": 16000, \"layout\": \"rep,customer\", "
                    + "\"call_id\": \"stereo-1\"}}");
            byte[] first = stereoChunk(0);
            stereo.send(RawWebSocket.BINARY, first);
            Set<String> speakersHeard = new HashSet<>(speakersIn(stereo.receive().text()));

            mono.sendText("{\"config\": {\"sample_rate\": 16000, \"call_id\": \"queued-1\"}}");
            for (int at = 0; at < speech.length; at += CHUNK_FRAMES * 2) {
                byte[] chunk = java.util.Arrays.copyOfRange(speech, at, Math.min(speech.length, at + CHUNK_FRAMES * 2));
                mono.send(RawWebSocket.BINARY, chunk);
                JsonNode reply = JSON.readTree(mono.receive().text());
                assertEquals("", reply.get("partial").asString(), "a queued call has no live transcript: " + reply);
                assertTrue(reply.get("queued").asBoolean(), "the client is told the call is queued: " + reply);
            }
            mono.sendText("{\"eof\" : 1}");
            JsonNode answer = JSON.readTree(mono.receive().text());
            assertEquals("", answer.get("text").asString());
            assertTrue(answer.get("queued").asBoolean(), answer.toString());
            assertEquals(1000, mono.awaitClose());

            // the rep speaks the recording, the customer the same 2 s later: both roles must show up, tagged
            int frames = speech.length / 2 + 32000;
            for (int at = CHUNK_FRAMES; at < frames + 48000 && speakersHeard.size() < 2; at += CHUNK_FRAMES) {
                stereo.send(RawWebSocket.BINARY, stereoChunk(at));
                speakersHeard.addAll(speakersIn(stereo.receive().text()));
                Thread.sleep(20); // let decoding keep up, so partials come while the call streams
            }
            assertEquals(Set.of("rep", "customer"), speakersHeard, "partials/results of both roles, tagged");
            stereo.sendText("{\"eof\" : 1}");
            assertTrue(stereo.receive().text().contains("\"text\""));
        }
        String expected = String.join(" ", engine.transcribe(TestResources.realEnglish("digits-16k.wav"),
                ChannelLayout.MONO, ProgressListener.NONE).segments().stream().map(Segment::text).toList());
        CallEvent.Ended queued = endedCall("queued-1");
        assertTrue(queued.transcript().isPresent(), "the queued call is transcribed once capacity frees");
        String transcribed = String.join(" ", queued.transcript().get().segments().stream()
                .map(Segment::text).toList());
        assertFalse(expected.isBlank());
        // the same recording through the same engine; Vosk may still pick another word once in a while (a warm and a
        // fresh recognizer differed by one word in CI: "nah" for "no"), so the words must agree, not every character
        assertTrue(WordAccuracy.of(expected, transcribed) >= 0.8,
                "the queued call's transcript is the recording's: expected \"" + expected + "\", got \"" + transcribed
                        + "\"");
        assertEquals(0, engine.load().queuedRecordings());
    }

    /** Non-empty partials' and results' speaker tags in one reply (a stereo reply must always carry one). */
    private static List<String> speakersIn(String reply) {
        JsonNode node = JSON.readTree(reply);
        assertTrue(node.has("speaker"), "a stereo reply names its channel: " + reply);
        boolean empty = node.has("partial") ? node.get("partial").asString().isEmpty()
                : node.get("text").asString().isEmpty();
        return empty ? List.of() : List.of(node.get("speaker").asString());
    }

    /** 0.2 s of stereo from frame {@code at}: left the recording, right the recording delayed by 2 s. */
    private static byte[] stereoChunk(int at) {
        byte[] out = new byte[CHUNK_FRAMES * 4];
        for (int i = 0; i < CHUNK_FRAMES; i++) {
            copySample(at + i, out, i * 4);
            copySample(at + i - 32000, out, i * 4 + 2);
        }
        return out;
    }

    private static void copySample(int frame, byte[] out, int to) {
        if (frame >= 0 && frame * 2 + 1 < speech.length) {
            out[to] = speech[frame * 2];
            out[to + 1] = speech[frame * 2 + 1];
        }
    }

    /** The Ended event of the call the client named {@code deviceCallId} (events carry the product-wide id). */
    private static CallEvent.Ended endedCall(String deviceCallId) throws InterruptedException {
        while (true) {
            CallEvent.Ended ended = gw.nextEvent(CallEvent.Ended.class);
            if (ended.call().key().call().value().equals(deviceCallId)) {
                return ended;
            }
        }
    }
}
