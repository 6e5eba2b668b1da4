package com.voiceqa.rules.channel;

import com.voiceqa.rules.text.Pinyin;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Common Chinese characters grouped by toneless pinyin, the confusions a small Mandarin recognizer makes (报价 → 包价).
 * The characters are GB2312's level-1 set, the 3,755 most common ones, so a substitution is always a real, frequent
 * character, as a recognizer's vocabulary would produce; readings come from the same pinyin data as the rules'
 * {@code pinyin} matching.
 */
public final class Homophones {

    private static final Homophones COMMON = new Homophones(gb2312Level1());

    private final List<Character> characters;
    private final Map<String, List<Character>> bySyllable;

    Homophones(List<Character> characters) {
        this.characters = List.copyOf(characters);
        Map<String, List<Character>> groups = new HashMap<>();
        for (char c : characters) {
            String syllable = Pinyin.of(c);
            if (syllable != null) {
                groups.computeIfAbsent(syllable, k -> new ArrayList<>()).add(c);
            }
        }
        groups.replaceAll((k, v) -> List.copyOf(v));
        this.bySyllable = Map.copyOf(groups);
    }

    /** The table over GB2312 level-1 characters. */
    public static Homophones common() {
        return COMMON;
    }

    /** A different character with the same toneless pinyin as {@code c}, or {@code null} when there is none. */
    public Character substitute(char c, RandomGenerator random) {
        String syllable = Pinyin.of(c);
        List<Character> group = syllable == null ? null : bySyllable.get(syllable);
        if (group == null) {
            return null;
        }
        if (group.size() == 1) {
            return group.getFirst() == c ? null : group.getFirst();
        }
        char pick;
        do {
            pick = group.get(random.nextInt(group.size()));
        } while (pick == c);
        return pick;
    }

    /** Any common character: what an insertion adds. */
    public char any(RandomGenerator random) {
        return characters.get(random.nextInt(characters.size()));
    }

    int size() {
        return characters.size();
    }

    /** GB2312 rows 16–55 (bytes 0xB0–0xD7 × 0xA1–0xFE) are the level-1 characters; row 55 ends at 0xF9. */
    private static List<Character> gb2312Level1() {
        Charset gb2312 = Charset.forName("GB2312");
        List<Character> out = new ArrayList<>(3755);
        for (int row = 0xB0; row <= 0xD7; row++) {
            for (int cell = 0xA1; cell <= 0xFE; cell++) {
                if (row == 0xD7 && cell > 0xF9) {
                    break;
                }
                String s = new String(new byte[]{(byte) row, (byte) cell}, gb2312);
                if (s.length() == 1 && Character.UnicodeScript.of(s.charAt(0)) == Character.UnicodeScript.HAN) {
                    out.add(s.charAt(0));
                }
            }
        }
        return out;
    }
}
