package com.voiceqa.asr.metrics;

import com.voiceqa.asr.TestResources;
import com.voiceqa.asr.audio.PcmAudio;
import com.voiceqa.asr.audio.WavReader;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.metrics.CallMetrics;
import com.voiceqa.core.metrics.ChannelMetrics;
import com.voiceqa.core.metrics.Overlap;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The acoustic metrics against the labels of the rendered Mandarin calls (no speech model involved): every labeled
 * long silence and overlap is found within 200 ms, and talk ratios agree with the labeled turn times.
 */
class LabeledCallsMetricsTest {

    private static final double TOLERANCE = 0.2;
    private static final double TALK_RATIO_TOLERANCE = 0.03;

    @TestFactory
    Stream<DynamicTest> everyRenderedCall() throws IOException {
        Path calls = TestResources.shared().resolve("test-audio/calls");
        List<Path> labeled = new ArrayList<>();
        try (Stream<Path> files = Files.list(calls)) {
            for (Path json : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                if (JsonMapper.builder().build().readTree(json.toFile()).has("audio")) {
                    labeled.add(json);
                }
            }
        }
        assertEquals(20, labeled.size(), "rendered calls in " + calls);
        return labeled.stream().map(json -> DynamicTest.dynamicTest(json.getFileName().toString(), () -> check(json)));
    }

    private static void check(Path json) {
        JsonNode call = JsonMapper.builder().build().readTree(json.toFile());
        JsonNode audioLabels = call.get("audio");
        PcmAudio audio = WavReader.read(json.resolveSibling(audioLabels.get("file").asString()));
        CallMetrics metrics = AcousticAnalyzer.analyze(audio, ChannelLayout.REP_CUSTOMER, List.of(), 5.0);

        List<double[]> labeledSilences = spans(audioLabels.get("long_silences"));
        assertEquals(labeledSilences.size(), metrics.longSilences().size(),
                "long silences found " + metrics.longSilences());
        for (double[] label : labeledSilences) {
            assertTrue(metrics.longSilences().stream().anyMatch(s -> near(s.start(), label[0]) && near(s.end(), label[1])),
                    "labeled long silence " + label[0] + "-" + label[1] + " not found in " + metrics.longSilences());
        }

        List<double[]> labeledOverlaps = spans(audioLabels.get("overlaps"));
        assertEquals(labeledOverlaps.size(), metrics.overlaps().size(), "overlaps found " + metrics.overlaps());
        JsonNode turns = call.get("turns");
        JsonNode turnTimes = audioLabels.get("turn_times");
        for (double[] label : labeledOverlaps) {
            Overlap found = metrics.overlaps().stream()
                    .filter(o -> near(o.start(), label[0]) && near(o.end(), label[1])).findFirst()
                    .orElseGet(() -> fail("labeled overlap " + label[0] + "-" + label[1] + " not in " + metrics.overlaps()));
            String interrupter = speakerOfTurnStartingAt(turns, turnTimes, label[0]);
            assertEquals(interrupter, found.interrupter(), "interrupter of " + found);
        }

        double[] labeledSpeech = new double[2];
        for (int i = 0; i < turns.size(); i++) {
            int channel = turns.get(i).get("speaker").asString().equals("rep") ? 0 : 1;
            labeledSpeech[channel] += turnTimes.get(i).get(1).asDouble() - turnTimes.get(i).get(0).asDouble();
        }
        double labeledRepRatio = labeledSpeech[0] / (labeledSpeech[0] + labeledSpeech[1]);
        assertEquals(labeledRepRatio, metrics.channel("rep").orElseThrow().talkRatio(), TALK_RATIO_TOLERANCE,
                "rep talk ratio");
        assertEquals(1.0, metrics.channels().stream().mapToDouble(ChannelMetrics::talkRatio).sum(), 1e-9);
        assertEquals(audioLabels.get("duration_s").asDouble(), metrics.durationSeconds(), 0.01);
    }

    private static String speakerOfTurnStartingAt(JsonNode turns, JsonNode turnTimes, double start) {
        for (int i = 0; i < turns.size(); i++) {
            if (Math.abs(turnTimes.get(i).get(0).asDouble() - start) < 1e-6) {
                return turns.get(i).get("speaker").asString();
            }
        }
        throw new AssertionError("no turn starts at " + start);
    }

    private static List<double[]> spans(JsonNode array) {
        List<double[]> spans = new ArrayList<>();
        for (JsonNode span : array) {
            spans.add(new double[] {span.get(0).asDouble(), span.get(1).asDouble()});
        }
        return spans;
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) <= TOLERANCE;
    }
}
