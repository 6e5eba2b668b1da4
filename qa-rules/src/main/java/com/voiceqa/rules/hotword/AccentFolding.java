package com.voiceqa.rules.hotword;

/**
 * Folds the pinyin distinctions that regional accents and small recognizers blur: retroflex and flat initials
 * (zh/z, ch/c, sh/s), n/l, h/f, and front and back nasal finals (an/ang, en/eng, in/ing).
 */
final class AccentFolding {

    private AccentFolding() {
    }

    static String fold(String syllable) {
        String s = syllable;
        if (s.startsWith("zh") || s.startsWith("ch") || s.startsWith("sh")) {
            s = s.charAt(0) + s.substring(2);
        } else if (s.startsWith("l")) {
            s = "n" + s.substring(1);
        } else if (s.startsWith("f")) {
            s = "h" + s.substring(1);
        }
        return s.endsWith("ng") ? s.substring(0, s.length() - 1) : s;
    }
}
