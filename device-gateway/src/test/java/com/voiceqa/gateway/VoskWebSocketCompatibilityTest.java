package com.voiceqa.gateway;

import com.voiceqa.asr.AsrConfig;
import com.voiceqa.asr.AsrEngine;
import com.voiceqa.asr.ProgressListener;
import com.voiceqa.asr.TestResources;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.Segment;
import com.voiceqa.core.events.CallEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client nobody in this project wrote (Debian's python3-websockets, vosk-server's client protocol) streams real
 * English speech to the gateway running the real model; its transcript must equal the engine's for the same file.
 */
class VoskWebSocketCompatibilityTest {

    @TempDir
    static Path data;
    static AsrEngine engine;
    static TestGateway gw;

    @BeforeAll
    static void start() throws Exception {
        engine = AsrEngine.load(AsrConfig.of(TestResources.testModel()));
        gw = new TestGateway(data, c -> c, Optional.of(new EngineTranscription(engine)));
    }

    @AfterAll
    static void stop() throws Exception {
        gw.close();
        engine.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"digits-16k.wav", "digits-8k.wav"})
    void pythonVoskClientGetsTheEnginesTranscript(String file) throws Exception {
        Path wav = TestResources.realEnglish(file);
        List<String> replies = runPythonClient(wav);

        List<String> texts = new ArrayList<>();
        JsonMapper json = new JsonMapper();
        for (String line : replies) {
            JsonNode reply = json.readTree(line);
            assertTrue(reply.has("partial") || reply.has("text"), "a vosk reply: " + line);
            if (reply.has("text") && !reply.get("text").asString().isEmpty()) {
                texts.add(reply.get("text").asString());
            }
        }
        String streamed = String.join(" ", texts);
        String expected = String.join(" ", engine.transcribe(wav, ChannelLayout.MONO, ProgressListener.NONE)
                .segments().stream().map(Segment::text).toList());
        assertFalse(expected.isBlank(), "the engine hears speech in " + file);
        assertEquals(expected, streamed);
        String lastLine = replies.getLast();
        assertTrue(json.readTree(lastLine).has("text"), "the answer to eof is a final result: " + lastLine);

        CallEvent.Ended ended = gw.nextEvent(CallEvent.Ended.class);
        assertTrue(ended.transcript().isPresent());
        assertEquals(expected, String.join(" ", ended.transcript().get().segments().stream().map(Segment::text).toList()));
        byte[] sentPcm = TestAudio.pcmOf(wav);
        assertArrayEquals(sentPcm, TestAudio.pcmOf(ended.recording()), "the recording holds exactly the audio sent");
    }

    private static List<String> runPythonClient(Path wav) throws IOException, InterruptedException {
        Path script = Path.of("src/test/python/vosk_client.py").toAbsolutePath();
        // Debian's python3-websockets lives under /usr/bin/python3 (a pyenv python on PATH would not see it)
        String python3 = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        Process python = new ProcessBuilder(python3, script.toString(),
                "ws://127.0.0.1:" + gw.gateway.webSocketPort(), wav.toString())
                .redirectErrorStream(true).start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(python.waitFor(60, TimeUnit.SECONDS), "python client finished");
        if (python.exitValue() != 0) {
            throw new AssertionError("the python vosk client failed (is python3-websockets installed? .ci/run "
                    + "installs it):\n" + output);
        }
        return output.lines().filter(l -> !l.isBlank()).toList();
    }
}
