package com.voiceqa.rules.text;

import java.util.Arrays;
import java.util.List;

/**
 * Finds negation cues shortly before a match, within the same clause. "我们没打算换供应商": the cue 没 precedes 换供应商
 * in the same clause, so the switch is negated.
 *
 * <p>The rule, one for the lexical conditions ({@link #cueBefore}) and the clause model's negation-marked n-grams
 * ({@link #governed}): a cue governs a position when it lies whole within the {@link #WINDOW} characters before it and
 * no clause punctuation (，。？！；,.?!; …) lies between, so a negation in an earlier clause ("不是我说，你们太贵了") does
 * not cancel the match. A cue inside a word that only contains it (别家, 差不多, 是不是, and 不会 in the question 会不会
 * …) is no cue; such words are found in the whole text, so one cut by the match (差不|多) or by the window's start is
 * still read whole.
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
        return cueBefore(text, matchStart, inFalseCue(text));
    }

    /** For every character of {@code text}, whether a negation cue governs it: {@code cueBefore(text, i) != null}. */
    public static boolean[] governed(String text) {
        boolean[] inFalseCue = inFalseCue(text);
        boolean[] out = new boolean[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = cueBefore(text, i, inFalseCue) != null;
        }
        return out;
    }

    private static String cueBefore(String text, int matchStart, boolean[] inFalseCue) {
        int from = Math.max(0, matchStart - WINDOW);
        for (int i = matchStart - 1; i >= from; i--) {
            if (CLAUSE_END.indexOf(text.charAt(i)) >= 0) {
                from = i + 1;
                break;
            }
        }
        for (String cue : CUES) {
            for (int at = from; at + cue.length() <= matchStart; at++) {
                if (text.startsWith(cue, at) && !withinFalseCue(inFalseCue, at, cue.length())) {
                    return cue;
                }
            }
        }
        return null;
    }

    /** Whether every character of {@code [at, at + length)} lies in a word that only contains a cue (不要 in 要不要). */
    private static boolean withinFalseCue(boolean[] inFalseCue, int at, int length) {
        for (int i = at; i < at + length; i++) {
            if (!inFalseCue[i]) {
                return false;
            }
        }
        return true;
    }

    /** For every character of {@code text}, whether it lies in a word that only contains a cue ({@link #FALSE_CUES}). */
    private static boolean[] inFalseCue(String text) {
        boolean[] out = new boolean[text.length()];
        for (String word : FALSE_CUES) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                Arrays.fill(out, at, at + word.length(), true);
            }
        }
        return out;
    }

    /** Words that contain a cue character without negating: 不错, 不少, 无论, 差不多, 不过, 别的, 不断… */
    private static final List<String> FALSE_CUES = List.of("不错", "不少", "不过", "不断", "差不多", "不管", "无论",
            "别的", "别家", "别人", "特别", "区别", "分别", "级别", "没想到", "不得不", "忍不住", "受不了",
            "未来", "要不", "不然", "是不是", "要不要", "会不会", "能不能", "行不行", "好不好", "对不对", "有没有",
            "可不可以", "是否", "不是我说");
}
