package com.voiceqa.asr;

import java.util.List;

/**
 * A final transcript segment (an utterance) on one speaker channel.
 *
 * @param speaker the channel's role, e.g. {@code rep} or {@code customer}
 * @param start   seconds from the start of the call
 * @param end     seconds from the start of the call
 * @param text    clean text in the model's language (for Mandarin: no spaces between words)
 * @param words   the words with timings; their concatenation (per the language's join rule) equals {@code text}
 */
public record Segment(String speaker, double start, double end, String text, List<Word> words) {
    public Segment {
        words = List.copyOf(words);
    }
}
