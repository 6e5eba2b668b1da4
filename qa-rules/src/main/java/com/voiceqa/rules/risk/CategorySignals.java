package com.voiceqa.rules.risk;

import java.util.List;

/**
 * What one call says about one churn category: the rules' findings by severity (with or without a hard-negative cue
 * next to them) and the clause model's view of the customer's turns.
 *
 * @param category    churn category
 * @param high        high or critical findings without a hard-negative cue (the lexical switch, trial and
 *                    non-renewal rules)
 * @param highCued    high or critical findings with a cue next to every piece of their evidence
 * @param medium      medium findings (the clause model's strong findings)
 * @param low         low findings without a cue
 * @param lowCued     low findings with a cue
 * @param top         the clause model's highest probability for the category over the customer's windows
 * @param second      its second highest (a signal said twice is less likely a slip of one window)
 * @param windowsOver customer windows above {@link CallSignals#WINDOW_THRESHOLD}
 * @param turns       the utterances holding evidence of the category's findings, ascending
 * @param turnSignals one entry per utterance of {@code turns}, in the same order (empty in signals stored before
 *                    stop 27, which a risk model then reads as "report every turn")
 */
public record CategorySignals(String category, int high, int highCued, int medium, int low, int lowCued, double top,
                              double second, int windowsOver, List<Integer> turns, List<TurnSignals> turnSignals) {

    public CategorySignals {
        turns = List.copyOf(turns);
        turnSignals = turnSignals == null ? List.of() : List.copyOf(turnSignals);
        if (!turnSignals.isEmpty() && !turnSignals.stream().map(TurnSignals::turn).toList().equals(turns)) {
            throw new IllegalArgumentException("turnSignals must describe the category's turns, in order");
        }
    }

    /** Whether any rule found something of this category (only such a category can be reported: it has evidence). */
    public boolean found() {
        return high + highCued + medium + low + lowCued > 0;
    }
}
