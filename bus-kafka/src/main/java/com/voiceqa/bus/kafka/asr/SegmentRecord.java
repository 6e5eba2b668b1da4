package com.voiceqa.bus.kafka.asr;

import com.voiceqa.bus.kafka.CallIdPartitioner;
import com.voiceqa.bus.kafka.KafkaClients;
import com.voiceqa.bus.kafka.MalformedRecordException;
import com.voiceqa.core.Segment;
import com.voiceqa.core.Transcript;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What the segments topic holds, and its form there. Keys: {@code <callId>#<position>} for the call's
 * {@code position}-th final segment (from 0, in the order the recognizer emitted them: per chunk, channel by
 * channel), {@code <callId>#end} for its completion. Values (UTF-8 JSON): the {@link Segment}
 * ({@code speaker, start, end, text, words, speakerConfidence}), or {@code {"segments": n, "transcript": {...}}}:
 * the number of live segments the call has, and the call's finished {@link Transcript} as the engine gives it at the
 * end of a session (what a one-process gateway's {@code Ended} carries): a mono call's roles refined from the whole
 * call, and the acoustic metrics. A key always has the same words, however often a replay writes it (times and
 * confidences may move by a frame: readers keep the first).
 */
public sealed interface SegmentRecord {

    String callId();

    /** The record's key on the segments topic. */
    String key();

    /** The {@code position}-th final segment of the call. */
    record Utterance(String callId, long position, Segment segment) implements SegmentRecord {
        @Override
        public String key() {
            return callId + CallIdPartitioner.SEPARATOR + position;
        }
    }

    /** The call's transcript is complete: live positions 0 to {@code segments - 1}, and its finished form. */
    record Completed(String callId, long segments, Transcript transcript) implements SegmentRecord {
        @Override
        public String key() {
            return callId + CallIdPartitioner.SEPARATOR + END;
        }
    }

    String END = "end";

    /** The record's value on the segments topic. */
    default byte[] value() {
        Object json = switch (this) {
            case Utterance u -> u.segment();
            case Completed c -> Map.of("segments", c.segments(), "transcript", c.transcript());
        };
        return Json.MAPPER.writeValueAsString(json).getBytes(StandardCharsets.UTF_8);
    }

    /** @throws MalformedRecordException when key and value are not a record of the segments topic */
    public static SegmentRecord decode(String key, byte[] value) {
        MalformedRecordException.requireAtMost(value, KafkaClients.MAX_RECORD_BYTES, "a segment record");
        int separator = key == null ? -1 : key.lastIndexOf(CallIdPartitioner.SEPARATOR);
        if (separator <= 0) {
            throw new MalformedRecordException("segment record key \"" + key + "\" is not <callId>#<position>");
        }
        String callId = key.substring(0, separator);
        String what = key.substring(separator + 1);
        try {
            if (what.equals(END)) {
                JsonNode end = Json.MAPPER.readTree(value);
                return new Completed(callId, end.required("segments").asLong(),
                        Json.MAPPER.treeToValue(end.required("transcript"), Transcript.class));
            }
            return new Utterance(callId, Long.parseLong(what), Json.MAPPER.readValue(value, Segment.class));
        } catch (JacksonException | IllegalArgumentException e) {
            throw new MalformedRecordException("segment record " + key + " does not decode: " + e.getMessage(), e);
        }
    }

    /** The mapper both directions share. */
    final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();

        private Json() {
        }
    }
}
