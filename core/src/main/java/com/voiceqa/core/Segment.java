package com.voiceqa.core;

import java.util.List;

/**
 * A final transcript segment (an utterance) on one speaker channel.
 *
 * @param speaker the channel's role, e.g. {@code rep} or {@code customer}
 * @param start   seconds from the start of the call
 * @param end     seconds from the start of the call
 * @param text    clean text in the model's language (for Mandarin: no spaces between words)
 * @param words   the words with timings; their concatenation (per the language's join rule) equals {@code text}
 * @param speakerConfidence how sure the speaker is (0.5..1): 1 for a channel recorded per role, the diarizer's
 *                confidence on mono audio
 */
public record Segment(String speaker, double start, double end, String text, List<Word> words,
                      double speakerConfidence) {
    public Segment {
        words = List.copyOf(words);
    }

    /** A segment of a channel that carries one role: its speaker is certain. */
    public Segment(String speaker, double start, double end, String text, List<Word> words) {
        this(speaker, start, end, text, words, 1.0);
    }

    /** The same segment said by {@code role} (a corrected or diarized speaker). */
    public Segment withSpeaker(String role, double confidence) {
        return new Segment(role, start, end, text, words, confidence);
    }
}
