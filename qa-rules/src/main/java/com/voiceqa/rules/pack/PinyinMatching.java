package com.voiceqa.rules.pack;

import com.voiceqa.rules.text.NormalizedText;

/**
 * Which forms of a lexical condition also match by sound (toneless pinyin), catching a recognizer's homophone errors
 * (包价 for 报价). The default, {@link #LONG_FORMS}, covers forms of three or more Chinese characters: a recognizer
 * garbles characters, not sounds, and three syllables rarely collide by chance, whereas two-character forms do
 * (解约/节约, 倒货/到货). {@code "pinyin": true} in a pack extends it to every form, {@code false} turns it off.
 */
public enum PinyinMatching {
    OFF, LONG_FORMS, ALL;

    /** Shortest form, in Chinese characters, that {@link #LONG_FORMS} matches by sound. */
    public static final int LONG_FORM_CHARS = 3;

    public boolean appliesTo(String form) {
        return switch (this) {
            case OFF -> false;
            case ALL -> true;
            case LONG_FORMS -> form.chars().filter(c -> NormalizedText.isCjk((char) c)).count() >= LONG_FORM_CHARS;
        };
    }

    /** The pack field {@code pinyin}: absent = {@link #LONG_FORMS}. */
    static PinyinMatching of(Boolean field) {
        return field == null ? LONG_FORMS : field ? ALL : OFF;
    }
}
