package com.voiceqa.web.rules;

import com.voiceqa.core.Segment;
import com.voiceqa.rules.pack.RulePack;

import java.util.List;

/**
 * The language of a transcript as the rule packs name languages: "zh" when it has Chinese characters, "en" when it
 * has only Latin letters (what the English model writes), "zh" when there is no text at all (the packs' default).
 */
final class TranscriptLanguage {

    private TranscriptLanguage() {
    }

    static String of(List<Segment> segments) {
        boolean latin = false;
        for (Segment segment : segments) {
            for (int i = 0; i < segment.text().length(); i++) {
                char c = segment.text().charAt(i);
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    return "zh";
                }
                latin |= c < 128 && Character.isLetter(c);
            }
        }
        return latin ? "en" : RulePack.DEFAULT_LANGUAGE;
    }
}
