package com.voiceqa.asr.engine;

import com.voiceqa.asr.text.TextNormalizer;
import com.voiceqa.core.Segment;
import com.voiceqa.core.Word;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the JSON the Vosk recognizer returns ({@code {"result":[{"conf","end","start","word"}...],"text":...}}
 * and {@code {"partial":...}}) into segments with clean text in the model's language.
 */
public final class VoskResults {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TextNormalizer normalizer;

    public VoskResults(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /**
     * The segment of a final result, or {@code null} when the recognizer heard no words.
     *
     * @param timeOffset seconds added to Vosk's times (where this recognizer's stream started in the call)
     */
    public Segment segment(String speaker, String resultJson, double timeOffset) {
        JsonNode root = JSON.readTree(resultJson);
        JsonNode result = root.path("result");
        List<Word> words = new ArrayList<>(result.size());
        for (JsonNode w : result) {
            String word = w.path("word").asString("");
            if (!word.isEmpty()) {
                words.add(new Word(word, round(timeOffset + w.path("start").asDouble()),
                        round(timeOffset + w.path("end").asDouble()), w.path("conf").asDouble(1.0)));
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        String text = normalizer.join(words.stream().map(Word::word).toList());
        return new Segment(speaker, words.getFirst().start(), words.getLast().end(), text, words);
    }

    /** The clean text of a partial result ({@code ""} when nothing has been heard yet). */
    public String partialText(String partialJson) {
        return normalizer.normalize(JSON.readTree(partialJson).path("partial").asString(""));
    }

    /** Times to the millisecond: Vosk reports frame times, finer digits are noise. */
    private static double round(double seconds) {
        return Math.round(seconds * 1000.0) / 1000.0;
    }
}
