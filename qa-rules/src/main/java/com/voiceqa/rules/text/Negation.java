package com.voiceqa.rules.text;

import java.util.Arrays;
import java.util.List;

/**
 * Finds negation cues shortly before a match, within the same clause. "我们没打算换供应商": the cue 没 precedes 换供应商
 * in the same clause, so the switch is negated. Clause punctuation (，。？！；,.?!;) ends the look-back, so a negation in
 * an earlier clause ("不是我说，你们太贵了") does not cancel the match.
 */
public final class Negation {

    /** Cues, longest first so that the reported cue is the most specific. Mandarin and English. */
    public static final List<String> CUES = List.of("从来没有", "从来没", "不打算", "没打算", "并没有", "没有", "不会",
            "并不", "不用", "不想", "不要", "不必", "无需", "别", "没", "不", "未", "无",
            "not ", "never ", "no ", "don't ", "won't ");

    /** Characters looked back from the start of the match. */
    public static final int WINDOW = 6;

    private static final String CLAUSE_END = "，。？！；,.?!;：:、\n";

    private Negation() {
    }

    /** The negation cue governing the match starting at {@code matchStart}, or {@code null} if none. */
    public static String cueBefore(String text, int matchStart) {
        int from = Math.max(0, matchStart - WINDOW);
        for (int i = matchStart - 1; i >= from; i--) {
            if (CLAUSE_END.indexOf(text.charAt(i)) >= 0) {
                from = i + 1;
                break;
            }
        }
        String window = text.substring(from, matchStart);
        for (String cue : CUES) {
            if (window.contains(cue) && !isFalseCue(window, cue)) {
                return cue;
            }
        }
        return null;
    }

    /**
     * For every character of {@code text}, whether a negation cue governs it by the rule of {@link #cueBefore}: the
     * cue lies within the {@link #WINDOW} characters before it and no clause punctuation lies between. A one-character
     * cue inside a word that only contains it (别家, 差不多, 是不是 …) is no cue. Such words are read whole here;
     * cueBefore sees only the characters before its match, so where a match starts inside one (差不|多) it counts the
     * cue, and the two answers differ at that character.
     */
    public static boolean[] governed(String text) {
        boolean[] inFalseCue = new boolean[text.length()];
        for (String word : FALSE_CUES) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                Arrays.fill(inFalseCue, at, at + word.length(), true);
            }
        }
        boolean[] out = new boolean[text.length()];
        for (String cue : CUES) {
            for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
                if (cue.length() == 1 && inFalseCue[at]) {
                    continue;
                }
                int end = at + cue.length();
                for (int i = end; i < text.length() && i - at <= WINDOW; i++) {
                    out[i] = true;
                    if (CLAUSE_END.indexOf(text.charAt(i)) >= 0) {
                        break; // the punctuation itself is still looked back from; what follows it is not
                    }
                }
            }
        }
        return out;
    }

    /** Words that contain a cue character without negating: 不错, 不少, 无论, 差不多, 不过, 别的, 不断… */
    private static boolean isFalseCue(String window, String cue) {
        if (cue.length() > 1) {
            return false;
        }
        String rest = window;
        for (String word : FALSE_CUES) {
            rest = rest.replace(word, "");
        }
        return !rest.contains(cue);
    }

    private static final List<String> FALSE_CUES = List.of("不错", "不少", "不过", "不断", "差不多", "不管", "无论",
            "别的", "别家", "别人", "特别", "区别", "分别", "级别", "没想到", "不得不", "忍不住", "受不了",
            "未来", "要不", "不然", "是不是", "要不要", "会不会", "能不能", "行不行", "好不好", "对不对", "有没有",
            "可不可以", "是否", "不是我说");
}
