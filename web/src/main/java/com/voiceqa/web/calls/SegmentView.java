package com.voiceqa.web.calls;

import com.voiceqa.asr.Word;

import java.util.List;

/** One utterance of a stored call, with its words (docs/api.md, CallDetail.segments). */
public record SegmentView(int index, String speaker, double start, double end, String text, List<Word> words) {

    /** Decodes the stored words column. */
    @FunctionalInterface
    public interface WordsReader {
        List<Word> read(String json);
    }
}
