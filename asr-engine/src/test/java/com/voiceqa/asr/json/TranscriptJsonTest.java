package com.voiceqa.asr.json;

import com.voiceqa.core.Segment;
import com.voiceqa.core.Transcript;
import com.voiceqa.core.Word;
import com.voiceqa.core.metrics.CallMetrics;
import com.voiceqa.core.metrics.ChannelMetrics;
import com.voiceqa.core.metrics.Interval;
import com.voiceqa.core.metrics.Overlap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TranscriptJsonTest {

    private static final Transcript TRANSCRIPT = new Transcript(
            List.of(new Segment("rep", 0.4, 1.2, "您好我是", List.of(
                    new Word("您好", 0.4, 0.8, 0.93), new Word("我", 0.8, 1.0, 1.0), new Word("是", 1.0, 1.2, 0.7)))),
            new CallMetrics(12.5,
                    List.of(new ChannelMetrics("rep", List.of(new Interval(0.4, 1.2)), 0.8, 0.5, 0.8, 1, 300.0),
                            new ChannelMetrics("customer", List.of(new Interval(1.0, 1.8)), 0.8, 0.5, 0.6, 0, 0)),
                    List.of(new Interval(1.8, 8.0)), 6.2, 5.0, List.of(new Interval(1.8, 8.0)),
                    List.of(new Overlap(1.0, 1.2, "customer", "rep"))));

    @Test
    void writesTheDocumentedShapeWithTimesInSeconds() {
        JsonNode root = JsonMapper.builder().build().readTree(TranscriptJson.toJson(TRANSCRIPT));
        JsonNode segment = root.get("segments").get(0);
        assertEquals("rep", segment.get("speaker").asString());
        assertEquals(1.0, segment.get("speakerConfidence").asDouble(), "a channel per role: the speaker is certain");
        assertEquals(0.4, segment.get("start").asDouble());
        assertEquals(1.2, segment.get("end").asDouble());
        assertEquals("您好我是", segment.get("text").asString());
        JsonNode word = segment.get("words").get(0);
        assertEquals("您好", word.get("word").asString());
        assertEquals(0.8, word.get("end").asDouble());
        assertEquals(0.93, word.get("conf").asDouble());
        JsonNode metrics = root.get("metrics");
        assertEquals(6.2, metrics.get("longestSilence").asDouble());
        assertEquals("customer", metrics.get("overlaps").get(0).get("interrupter").asString());
        assertEquals(0.5, metrics.get("channels").get(0).get("talkRatio").asDouble());
    }

    @Test
    void readsBackWhatItWrote() {
        assertEquals(TRANSCRIPT, TranscriptJson.read(TranscriptJson.toJson(TRANSCRIPT)));
        assertEquals(TRANSCRIPT, TranscriptJson.read(TranscriptJson.toPrettyJson(TRANSCRIPT)));
    }

    @Test
    void rejectsOtherJsonWithAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TranscriptJson.read("[1,2]"));
        assertEquals(true, e.getMessage().startsWith("not a VoiceQA transcript JSON"));
    }
}
