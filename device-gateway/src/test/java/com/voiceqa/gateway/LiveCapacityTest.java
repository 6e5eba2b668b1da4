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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Live capacity over the real WebSocket with the real English model: a stereo call's partials and results are
 * tagged by role; a call arriving while the engine is at its live limit is recorded and told it is queued, and is
 * either promoted to a live transcription when the live call frees the capacity (its transcript then covers the
 * whole call, as the recording's would) or, if it ends first, transcribed once from its recording.
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
        List<CallEvent> events = eventsOf("queued-1");
        CallEvent.Ended queued = (CallEvent.Ended) events.getLast();
        assertTrue(queued.transcript().isPresent(), "the queued call is transcribed once capacity frees");
        assertEquals(1, events.stream().filter(e -> e instanceof CallEvent.Ended).count(), "ended once: " + events);
        assertTrue(events.stream().noneMatch(e -> e instanceof CallEvent.FinalSegment),
                "it ended before it was promoted, so it had no live segments: " + events);
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

    @Test
    void aCallQueuedAtItsStartIsPromotedWhenTheLiveCallEndsAndItsTranscriptCoversTheWholeCall() throws Exception {
        List<byte[]> chunks = new ArrayList<>();
        for (int at = 0; at < speech.length; at += CHUNK_FRAMES * 2) {
            chunks.add(Arrays.copyOfRange(speech, at, Math.min(speech.length, at + CHUNK_FRAMES * 2)));
        }
        try (RawWebSocket stereo = new RawWebSocket(gw.gateway.webSocketPort());
             RawWebSocket mono = new RawWebSocket(gw.gateway.webSocketPort())) {
            stereo.sendText("{\"config\": {\"sample_rate\": 16000, \"layout\": \"rep,customer\", "
                    + "\"call_id\": \"stereo-2\"}}");
            stereo.send(RawWebSocket.BINARY, stereoChunk(0));
            stereo.receive();

            // the stereo call fills the engine: the mono call is recorded, and its partials say it is queued
            mono.sendText("{\"config\": {\"sample_rate\": 16000, \"call_id\": \"promoted-1\"}}");
            for (byte[] chunk : chunks) {
                mono.send(RawWebSocket.BINARY, chunk);
                JsonNode reply = JSON.readTree(mono.receive().text());
                assertTrue(reply.get("queued").asBoolean(), "queued while the engine is full: " + reply);
            }
            stereo.sendText("{\"eof\" : 1}");
            stereo.receive();

            // the capacity is free: streaming on in real time, the call catches up and its partials lose "queued"
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            int sent = chunks.size();
            for (boolean live = false; !live; sent++) {
                assertTrue(System.nanoTime() < deadline, "promoted within 90 s of the capacity freeing");
                mono.send(RawWebSocket.BINARY, chunks.get(sent % chunks.size()));
                JsonNode reply = JSON.readTree(mono.receive().text());
                live = reply.has("partial") && !reply.has("queued"); // results come as it catches up
                Thread.sleep(200);
            }
            for (int i = 0; i < chunks.size(); i++, sent++) { // and one more whole copy, live
                mono.send(RawWebSocket.BINARY, chunks.get(sent % chunks.size()));
                JsonNode reply = JSON.readTree(mono.receive().text());
                assertFalse(reply.has("queued"), "a promoted call stays live: " + reply);
                Thread.sleep(100);
            }
            mono.sendText("{\"eof\" : 1}");
            JsonNode answer = JSON.readTree(mono.receive().text());
            assertFalse(answer.has("queued"), "a promoted call gets its final result at eof: " + answer);
            assertEquals(1000, mono.awaitClose());
        }
        List<CallEvent> events = eventsOf("promoted-1");
        CallEvent.Ended ended = (CallEvent.Ended) events.getLast();
        List<Segment> segments = ended.transcript().orElseThrow().segments();
        for (int i = 1; i < segments.size(); i++) {
            assertTrue(segments.get(i).start() >= segments.get(i - 1).end() - 0.01, "one stream of segments, "
                    + "none twice or overlapping: " + segments);
        }
        double seconds = ended.audioBytes() / 32000.0;
        assertTrue(segments.getFirst().start() < 2.0, "the audio recorded before the promotion is transcribed: "
                + segments.getFirst());
        assertTrue(segments.getLast().end() > seconds - 3.0, "and the live audio to the end of the "
                + seconds + " s call: " + segments.getLast());
        List<Segment> published = events.stream().filter(e -> e instanceof CallEvent.FinalSegment)
                .map(e -> ((CallEvent.FinalSegment) e).segment()).toList();
        assertEquals(words(texts(segments)), words(texts(published)), "every word was published live, once");
        // the after-the-call path on the same recording: the promoted call's transcript has the same content, every
        // word once (identical word for word in the runs so far; two decodes of the same pieces can still differ in
        // a confidence, so a rare other pick of one word in twenty is tolerated, never a word more or less)
        String afterTheCall = texts(engine.transcribeWhenAdmitted(ended.recording(), ChannelLayout.MONO).segments());
        assertEquals(words(afterTheCall).size(), words(texts(segments)).size(), afterTheCall + " / " + texts(segments));
        assertTrue(WordAccuracy.of(afterTheCall, texts(segments)) >= 0.95, afterTheCall + " / " + texts(segments));
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    private static String texts(List<Segment> segments) {
        return String.join(" ", segments.stream().map(Segment::text).toList());
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

    /**
     * The events of the call the client named {@code deviceCallId} (events carry the product-wide id) up to its Ended,
     * and any that follow within a second (a second Ended would be there).
     */
    private static List<CallEvent> eventsOf(String deviceCallId) throws InterruptedException {
        List<CallEvent> events = new ArrayList<>();
        long quietUntil = Long.MAX_VALUE;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < Math.min(quietUntil, deadline)) {
            CallEvent e = gw.events.poll(100, TimeUnit.MILLISECONDS);
            if (e != null && e.call().key().call().value().equals(deviceCallId)) {
                events.add(e);
                if (e instanceof CallEvent.Ended && quietUntil == Long.MAX_VALUE) {
                    quietUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
                }
            }
        }
        assertTrue(!events.isEmpty() && events.getLast() instanceof CallEvent.Ended, "the call ended: " + events);
        return events;
    }
}
