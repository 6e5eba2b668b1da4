package com.voiceqa.rules.match;

import com.voiceqa.core.Segment;
import com.voiceqa.rules.semantic.PreviousTurn;
import com.voiceqa.rules.text.NormalizedText;
import com.voiceqa.rules.text.Pinyin;

/**
 * An utterance prepared for matching: normalized text, its lower-case form (same length: case-insensitive search),
 * the pinyin syllable of every character (null where the character is not Chinese) and the text keyed by sound (same
 * length: {@link Pinyin#soundKeys}, what a regex read by sound searches), computed once and shared by all rules; and
 * the turn before it, which a context-reading clause model reads too.
 */
public record Utterance(int index, Segment segment, NormalizedText text, String lower, String[] pinyin, String sounds,
                        PreviousTurn previous) {

    /**
     * @param before the utterance before this one that said something (null for the first): a context-reading clause
     *               model reads it with this one
     */
    public static Utterance of(int index, Segment segment, Utterance before) {
        NormalizedText text = NormalizedText.of(segment.text());
        String normalized = text.text();
        String[] pinyin = new String[normalized.length()];
        for (int i = 0; i < pinyin.length; i++) {
            pinyin[i] = Pinyin.of(normalized.charAt(i));
        }
        PreviousTurn previous = before == null ? PreviousTurn.NONE
                : new PreviousTurn(before.normalized(), "customer".equals(before.speaker()));
        return new Utterance(index, segment, text, normalized.toLowerCase(java.util.Locale.ROOT), pinyin,
                Pinyin.soundKeys(normalized, pinyin), previous);
    }

    public String speaker() {
        return segment.speaker();
    }

    public String normalized() {
        return text.text();
    }
}
