package com.voiceqa.asr;

import com.voiceqa.core.Segment;
import com.voiceqa.core.Transcript;
import com.voiceqa.core.Word;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks every transcript must pass, whatever the words. */
public final class TranscriptAssertions {

    private TranscriptAssertions() {
    }

    /** Word and segment times are ordered per speaker, inside the audio, and confidences are in 0..1. */
    public static void timingsAreMonotonicAndInside(Transcript transcript, double durationSeconds) {
        Map<String, Double> lastEnd = new HashMap<>();
        for (Segment segment : transcript.segments()) {
            assertTrue(segment.start() <= segment.end(), "segment start <= end: " + segment);
            double previous = lastEnd.getOrDefault(segment.speaker(), 0.0);
            assertTrue(segment.start() >= previous - 1e-9, "segments of " + segment.speaker() + " overlap: " + segment);
            for (Word word : segment.words()) {
                assertTrue(word.start() >= previous - 1e-9, "word times go backwards: " + word + " in " + segment);
                assertTrue(word.start() <= word.end(), "word start <= end: " + word);
                assertTrue(word.start() >= segment.start() && word.end() <= segment.end() + 1e-9,
                        "word inside its segment: " + word);
                assertTrue(word.conf() >= 0 && word.conf() <= 1, "confidence in 0..1: " + word);
                previous = word.end();
            }
            assertTrue(segment.end() <= durationSeconds + 0.05, "segment inside the audio: " + segment);
            lastEnd.put(segment.speaker(), segment.end());
        }
        for (int i = 1; i < transcript.segments().size(); i++) {
            assertTrue(transcript.segments().get(i - 1).start() <= transcript.segments().get(i).start(),
                    "segments ordered by start");
        }
    }

    /** The text one speaker said, in order. */
    public static String textOf(Transcript transcript, String speaker) {
        return transcript.segments().stream().filter(s -> s.speaker().equals(speaker)).map(Segment::text)
                .collect(Collectors.joining(" "));
    }

    public static String text(Transcript transcript) {
        return transcript.segments().stream().map(Segment::text).collect(Collectors.joining(" "));
    }
}
