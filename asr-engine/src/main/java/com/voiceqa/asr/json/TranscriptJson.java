package com.voiceqa.asr.json;

import com.voiceqa.core.Transcript;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.OutputStream;

/**
 * The JSON form of a {@link Transcript}, as printed by {@code transcribe --json} and stored by the other modules:
 * {@code {"segments":[{"speaker","start","end","text","words":[{"word","start","end","conf"}],"speakerConfidence"}],
 * "metrics":{...}}},
 * every time in seconds from the start of the call. The metrics object mirrors
 * {@link com.voiceqa.core.metrics.CallMetrics} (camelCase names of its components).
 */
public final class TranscriptJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private TranscriptJson() {
    }

    public static String toJson(Transcript transcript) {
        return JSON.writeValueAsString(transcript);
    }

    public static String toPrettyJson(Transcript transcript) {
        return PRETTY.writeValueAsString(transcript);
    }

    public static void write(Transcript transcript, OutputStream out) {
        JSON.writeValue(out, transcript);
    }

    /** Reads what {@link #toJson} wrote. */
    public static Transcript read(String json) {
        try {
            return JSON.readValue(json, Transcript.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a VoiceQA transcript JSON: " + e.getOriginalMessage(), e);
        }
    }
}
