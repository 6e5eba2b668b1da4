package com.voiceqa.rules.risk;

import java.util.List;

/**
 * Words that turn a churn keyword into a hard negative when they stand next to it: the competitor turned down, the
 * problem already solved, the switch denied, the price rise only heard of, the trouble in the past. The labels give
 * such calls no signal at all; the risk model learns how much a cue next to a finding takes away from it.
 */
final class HardNegativeCues {

    /** How far from the evidence (characters, either side) a cue still belongs to it. */
    static final int REACH = 10;

    private static final List<String> CUES = List.of(
            // refusal of the competitor or the offer
            "没要", "没接受", "回绝", "拒绝", "推掉", "没答应", "没理", "不考虑", "没考虑", "不打算", "没打算", "不会换",
            "不想换", "不换", "没换", "不值当", "不值得", "还是用你们", "还是选你们", "继续用",
            // already solved
            "解决了", "修好", "弄好", "处理好", "搞定", "好多了", "没再", "没问题了", "已经好",
            // hearsay
            "听说", "据说", "听人说", "听别人说", "说是",
            // the past
            "以前", "之前", "上回", "原来", "当初", "早就");

    private HardNegativeCues() {
    }

    /** Whether a cue lies within {@link #REACH} characters of {@code [start, end)} in {@code text}. */
    static boolean near(String text, int start, int end) {
        int from = Math.max(0, start - REACH);
        int to = Math.min(text.length(), end + REACH);
        String around = text.substring(from, to);
        for (String cue : CUES) {
            if (around.contains(cue)) {
                return true;
            }
        }
        return false;
    }
}
