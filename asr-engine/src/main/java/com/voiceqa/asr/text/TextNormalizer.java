package com.voiceqa.asr.text;

import java.util.List;
import java.util.regex.Pattern;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the decoder's space-separated words into the text a reader expects in the model's language.
 *
 * <p>Vosk separates every word with a space, also in Chinese ("您好 我 是 恒力 电气"), which is wrong for languages
 * written without spaces. For those languages words are joined directly, except that a space stays between two
 * words that meet with Latin letters or digits on both sides ("用 iphone 手机" becomes "用iphone手机",
 * "vip 客户" becomes "vip客户", "sim card" stays). The words themselves, and so their timings, are never changed:
 * joining the segment's words with {@link #join} gives exactly its text.
 */
public final class TextNormalizer {

    /** Compiled once: partials are normalized on every decoding turn. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Languages written without spaces between words (ISO 639-1/639-3 codes). */
    private static final Set<String> UNSPACED = Set.of("zh", "cmn", "yue", "wuu", "ja", "th", "lo", "my", "km");

    private final boolean spaced;

    private TextNormalizer(boolean spaced) {
        this.spaced = spaced;
    }

    /** The normalizer for a language code such as "zh", "zh-CN" or "en". */
    public static TextNormalizer forLanguage(String language) {
        String base = language.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return new TextNormalizer(!UNSPACED.contains(base));
    }

    /** Whether words are separated by spaces in this language. */
    public boolean spaced() {
        return spaced;
    }

    /** Joins words into text. */
    public String join(List<String> words) {
        StringBuilder text = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (!text.isEmpty() && needsSpace(text.charAt(text.length() - 1), word.charAt(0))) {
                text.append(' ');
            }
            text.append(word);
        }
        return text.toString();
    }

    /** Normalizes the decoder's space-separated text (e.g. a partial hypothesis that comes without word list). */
    public String normalize(String decoderText) {
        String trimmed = decoderText.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        return join(List.of(WHITESPACE.split(trimmed)));
    }

    /**
     * Counts speech-rate units in any language: every CJK character is one unit, and every run of letters or
     * digits (a word of a spaced language, or a Latin word inside Chinese) is one unit.
     */
    public static int speechUnits(String text) {
        int units = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isIdeographic(cp)) {
                units++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp) || (inWord && cp == '\'')) {
                units += inWord ? 0 : 1;
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return units;
    }

    private boolean needsSpace(char before, char after) {
        return spaced || (isSpacedScript(before) && isSpacedScript(after));
    }

    private static boolean isSpacedScript(char c) {
        return !isIdeographic(c) && Character.isLetterOrDigit(c) || c == '\'';
    }

    static boolean isIdeographic(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.MYANMAR
                || script == Character.UnicodeScript.KHMER;
    }
}
