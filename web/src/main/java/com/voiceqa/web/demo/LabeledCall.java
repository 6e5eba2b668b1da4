package com.voiceqa.web.demo;

import com.voiceqa.core.Segment;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A labeled call of {@code shared/test-audio/calls} read as a transcript: one segment per turn, timed by the
 * rendered audio's {@code turn_times} when the call has audio, else by an even speaking rate. The labels are not
 * used: the demo shows what VoiceQA's own rules find.
 */
record LabeledCall(String id, String industry, List<Segment> segments, Path stereoWav, double durationSeconds) {

    /** Characters per second of the synthetic calls' speech, for calls without rendered audio. */
    private static final double CHARS_PER_SECOND = 5.0;
    private static final double TURN_GAP_SECONDS = 0.6;

    static LabeledCall from(JsonNode root, Path dir) {
        JsonNode turns = root.get("turns");
        JsonNode audio = root.get("audio");
        JsonNode times = audio == null ? null : audio.get("turn_times");
        List<Segment> segments = new ArrayList<>();
        double clock = 0.4;
        for (int i = 0; i < turns.size(); i++) {
            JsonNode turn = turns.get(i);
            String text = turn.get("text").asString();
            double start;
            double end;
            if (times != null && i < times.size()) {
                start = times.get(i).get(0).asDouble();
                end = times.get(i).get(1).asDouble();
            } else {
                start = clock;
                end = start + text.length() / CHARS_PER_SECOND;
            }
            clock = end + TURN_GAP_SECONDS;
            segments.add(new Segment(turn.get("speaker").asString(), start, end, text, List.of()));
        }
        Path wav = audio == null ? null : dir.resolve(audio.get("file").asString());
        double duration = audio != null ? audio.get("duration_s").asDouble() : clock;
        return new LabeledCall(root.get("id").asString(), root.path("industry").asString(""), segments,
                wav != null && Files.isReadable(wav) ? wav : null, duration);
    }
}
