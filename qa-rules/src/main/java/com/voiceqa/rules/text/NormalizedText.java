package com.voiceqa.rules.text;

/**
 * Utterance text prepared for matching: Vosk's spaces between Chinese words removed (they would break phrases),
 * spaces between Latin words kept (collapsed to one), and a map back to the original character offsets so that
 * evidence points into the text the user sees.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final int[] toOriginal;

    private NormalizedText(String original, String text, int[] toOriginal) {
        this.original = original;
        this.text = text;
        this.toOriginal = toOriginal;
    }

    public static NormalizedText of(String original) {
        String src = original == null ? "" : original;
        StringBuilder out = new StringBuilder(src.length());
        int[] map = new int[src.length() + 1];
        int n = 0;
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (!Character.isWhitespace(c)) {
                map[n++] = i;
                out.append(c);
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < src.length() && Character.isWhitespace(src.charAt(runEnd))) {
                runEnd++;
            }
            boolean betweenLatin = n > 0 && runEnd < src.length()
                    && isSpaceDelimited(out.charAt(n - 1)) && isSpaceDelimited(src.charAt(runEnd));
            if (betweenLatin) {
                map[n++] = i;
                out.append(' ');
            }
            i = runEnd;
        }
        map[n] = src.length();
        int[] trimmed = new int[n + 1];
        System.arraycopy(map, 0, trimmed, 0, n + 1);
        return new NormalizedText(src, out.toString(), trimmed);
    }

    /** Whether words of this character's script are separated by spaces (Latin, Cyrillic, digits…), unlike CJK. */
    static boolean isSpaceDelimited(char c) {
        return Character.isLetterOrDigit(c) && !isCjk(c);
    }

    public static boolean isCjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    public String text() {
        return text;
    }

    public String original() {
        return original;
    }

    /** Original offset of normalized offset {@code i} (0..text().length(), end offsets allowed). */
    public int originalOffset(int i) {
        if (i >= text.length()) {
            return i == 0 ? 0 : toOriginal[text.length() - 1] + 1;
        }
        return toOriginal[i];
    }
}
