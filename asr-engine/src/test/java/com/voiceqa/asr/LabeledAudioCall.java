package com.voiceqa.asr;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A labeled call of {@code shared/test-audio/calls} that has audio: its turns with the labeled speech times, the
 * truth for diarization.
 */
public record LabeledAudioCall(String id, Path json, Path stereoWav, Path monoWav, List<Turn> turns) {

    /** One labeled turn: who, what, and when its speech is. */
    public record Turn(String speaker, String text, double start, double end) {
    }

    /** Every rendered call, by id. */
    public static List<LabeledAudioCall> all() {
        Path calls = TestResources.shared().resolve("test-audio/calls");
        List<LabeledAudioCall> labeled = new ArrayList<>();
        try (Stream<Path> files = Files.list(calls)) {
            for (Path json : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode call = JsonMapper.builder().build().readTree(json.toFile());
                if (call.has("audio")) {
                    labeled.add(of(json, call));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return labeled;
    }

    private static LabeledAudioCall of(Path json, JsonNode call) {
        JsonNode audio = call.get("audio");
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < call.get("turns").size(); i++) {
            JsonNode turn = call.get("turns").get(i);
            JsonNode time = audio.get("turn_times").get(i);
            turns.add(new Turn(turn.get("speaker").asString(), turn.get("text").asString(), time.get(0).asDouble(),
                    time.get(1).asDouble()));
        }
        return new LabeledAudioCall(call.get("id").asString(), json, json.resolveSibling(audio.get("file").asString()),
                json.resolveSibling(audio.get("mono_file").asString()), turns);
    }

    /** Labeled speaker at {@code seconds}, or {@code null} in silence (in an overlap, the later turn). */
    public String speakerAt(double seconds) {
        String speaker = null;
        for (Turn turn : turns) {
            if (seconds >= turn.start() && seconds < turn.end()) {
                speaker = turn.speaker();
            }
        }
        return speaker;
    }
}
