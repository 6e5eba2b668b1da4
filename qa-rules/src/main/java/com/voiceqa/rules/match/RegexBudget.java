package com.voiceqa.rules.match;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a rule's regular expression runs over, with a step budget. {@code java.util.regex} backtracks, so a
 * pattern such as {@code ^(.*?){11}\d} can take minutes on one utterance (a manager's dry run held a core for 637 s).
 * Every character the matcher reads costs one step; a search of one utterance that reads more than
 * {@value #MAX_STEPS} characters (tens of milliseconds; ordinary rule patterns read a few times the utterance's
 * length) is aborted with {@link TooExpensive}. Counting steps instead of watching a clock keeps the limit the same
 * on a fast and on a loaded machine.
 */
public final class RegexBudget implements CharSequence {

    static final long MAX_STEPS = 2_000_000;

    private final String text;
    private final Pattern pattern;
    private long steps;

    private RegexBudget(String text, Pattern pattern) {
        this.text = text;
        this.pattern = pattern;
    }

    /** A matcher of {@code pattern} over {@code text} whose searches together may read {@value #MAX_STEPS} characters. */
    static Matcher matcher(Pattern pattern, String text) {
        return pattern.matcher(new RegexBudget(text, pattern));
    }

    @Override
    public char charAt(int index) {
        if (++steps > MAX_STEPS) {
            throw new TooExpensive(pattern.pattern());
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }

    /** A rule's regular expression needed more steps than the budget allows; the message says how to fix it. */
    public static final class TooExpensive extends RuntimeException {

        TooExpensive(String pattern) {
            super("正则表达式 /" + pattern + "/ 计算量过大（回溯过多），已中止：请简化它，例如去掉嵌套的重复"
                    + "（(.*)*、(.*?){11}）或用关键词条件代替 / regex too expensive (catastrophic backtracking), aborted");
        }
    }
}
