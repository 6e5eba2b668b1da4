package com.voiceqa.web.calls;

import com.voiceqa.core.Word;

import java.util.List;

/**
 * One utterance of a stored call, with its words (docs/api.md, CallDetail.segments). {@code speakerConfidence} is
 * 1 for stereo calls and corrected roles, the diarizer's confidence (0.5..1) on mono audio.
 */
public record SegmentView(int index, String speaker, double speakerConfidence, double start, double end, String text,
                          List<Word> words) {

    /** Decodes the stored words column. */
    @FunctionalInterface
    public interface WordsReader {
        List<Word> read(String json);
    }
}
