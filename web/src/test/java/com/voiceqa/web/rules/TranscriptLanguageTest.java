package com.voiceqa.web.rules;

import com.voiceqa.core.Segment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which packs may inspect a transcript: Chinese text is "zh", what the English model writes is "en". */
class TranscriptLanguageTest {

    @Test
    void chineseEnglishAndEmptyTranscripts() {
        assertThat(TranscriptLanguage.of(List.of(line("你们的报价 太 高 了")))).isEqualTo("zh");
        assertThat(TranscriptLanguage.of(List.of(line("he on top out what y"), line("ok 好的")))).isEqualTo("zh");
        assertThat(TranscriptLanguage.of(List.of(line("he on top out what y")))).isEqualTo("en");
        assertThat(TranscriptLanguage.of(List.of())).isEqualTo("zh");
    }

    private static Segment line(String text) {
        return new Segment("customer", 0, 1, text, List.of());
    }
}
