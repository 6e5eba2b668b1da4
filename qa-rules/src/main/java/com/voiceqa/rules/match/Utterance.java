package com.voiceqa.rules.match;

import com.voiceqa.core.Segment;
import com.voiceqa.rules.semantic.AdjacentTurn;
import com.voiceqa.rules.text.NormalizedText;
import com.voiceqa.rules.text.Pinyin;

/**
 * An utterance prepared for matching: normalized text, its lower-case form (same length: case-insensitive search),
 * the pinyin syllable of every character (null where the character is not Chinese) and the text keyed by sound (same
 * length: {@link Pinyin#soundKeys}, what a regex read by sound searches), computed once and shared by all rules; and
 * the turns before and after it, which a context-reading clause model reads too ({@link AdjacentTurn#NONE} where
 * there is none, or not yet: a live call's newest utterance has no reply).
 */
public record Utterance(int index, Segment segment, NormalizedText text, String lower, String[] pinyin, String sounds,
                        AdjacentTurn previous, AdjacentTurn next) {

    /** The utterance alone; {@link #withNeighbours} adds the turns around it once they are known. */
    public static Utterance of(int index, Segment segment) {
        NormalizedText text = NormalizedText.of(segment.text());
        String normalized = text.text();
        String[] pinyin = new String[normalized.length()];
        for (int i = 0; i < pinyin.length; i++) {
            pinyin[i] = Pinyin.of(normalized.charAt(i));
        }
        return new Utterance(index, segment, text, normalized.toLowerCase(java.util.Locale.ROOT), pinyin,
                Pinyin.soundKeys(normalized, pinyin), AdjacentTurn.NONE, AdjacentTurn.NONE);
    }

    /** This utterance with the turns before and after it ({@link AdjacentTurn#before}, {@link AdjacentTurn#after}). */
    public Utterance withNeighbours(AdjacentTurn before, AdjacentTurn after) {
        return new Utterance(index, segment, text, lower, pinyin, sounds, before, after);
    }

    /** This utterance as its neighbours' clause model reads it. */
    public AdjacentTurn asAdjacent() {
        return new AdjacentTurn(normalized(), "customer".equals(speaker()));
    }

    public String speaker() {
        return segment.speaker();
    }

    public String normalized() {
        return text.text();
    }
}
