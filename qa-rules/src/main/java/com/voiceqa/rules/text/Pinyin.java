package com.voiceqa.rules.text;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Toneless pinyin of Chinese characters, for matching homophone ASR errors (包价 for 报价). A polyphonic character
 * takes its first (most common) reading; tones are dropped on purpose, since small ASR models confuse them.
 */
public final class Pinyin {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
    private static final ConcurrentHashMap<Character, String> CACHE = new ConcurrentHashMap<>();
    /** One stand-in per syllable, from the start of Unicode's private use area (about 410 toneless syllables). */
    private static final ConcurrentHashMap<String, Character> SOUND_KEYS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT_SOUND_KEY = new AtomicInteger(0xE000);
    private static final char PRIVATE_USE_FIRST = '\uE000';
    private static final char PRIVATE_USE_LAST = '\uF8FF';

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Pinyin() {
    }

    /** The syllable of a Chinese character, or {@code null} for anything else. */
    public static String of(char c) {
        if (!NormalizedText.isCjk(c)) {
            return null;
        }
        String cached = CACHE.computeIfAbsent(c, Pinyin::lookup);
        return cached.isEmpty() ? null : cached;
    }

    private static String lookup(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 ? "" : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("pinyin output format is fixed and valid", e);
        }
    }

    /**
     * {@code text} with every Chinese character replaced by the stand-in of its toneless syllable, the same for every
     * character that sounds alike (包 and 报 both become the stand-in of "bao"), and every other character kept: the
     * result has the same length, so a match in it is a match at the same offsets in {@code text}. A regular
     * expression whose Chinese characters are keyed the same way matches by sound. Stand-ins are private-use
     * characters (the same within one process); private-use characters of the text become U+FFFD, so they never pass
     * for a syllable.
     */
    public static String soundKeys(CharSequence text) {
        String[] syllables = new String[text.length()];
        for (int i = 0; i < syllables.length; i++) {
            syllables[i] = of(text.charAt(i));
        }
        return soundKeys(text, syllables);
    }

    /**
     * {@link #soundKeys(CharSequence)} for a text whose syllables were already looked up ({@code syllables[i]} is
     * {@link #of} {@code text.charAt(i)}), as an utterance keeps them.
     */
    public static String soundKeys(CharSequence text, String[] syllables) {
        if (syllables.length != text.length()) {
            throw new IllegalArgumentException("one syllable (or null) per character: " + syllables.length
                    + " for " + text.length() + " characters");
        }
        char[] keyed = new char[text.length()];
        for (int i = 0; i < keyed.length; i++) {
            char c = text.charAt(i);
            String syllable = syllables[i];
            keyed[i] = syllable != null
                    ? SOUND_KEYS.computeIfAbsent(syllable, s -> (char) NEXT_SOUND_KEY.getAndIncrement())
                    : c >= PRIVATE_USE_FIRST && c <= PRIVATE_USE_LAST ? '\uFFFD' : c;
        }
        return new String(keyed);
    }

    /** Syllables of the Chinese characters of {@code text}, in order; other characters are skipped. */
    public static List<String> syllables(String text) {
        List<String> out = new ArrayList<>(text.length());
        for (int i = 0; i < text.length(); i++) {
            String s = of(text.charAt(i));
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }
}
