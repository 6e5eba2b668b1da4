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

/**
 * Toneless pinyin of Chinese characters, for matching homophone ASR errors (包价 for 报价). A polyphonic character
 * takes its first (most common) reading; tones are dropped on purpose, since small ASR models confuse them.
 */
public final class Pinyin {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
    private static final ConcurrentHashMap<Character, String> CACHE = new ConcurrentHashMap<>();

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
