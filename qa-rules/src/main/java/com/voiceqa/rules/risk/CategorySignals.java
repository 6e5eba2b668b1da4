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
 */
public record CategorySignals(String category, int high, int highCued, int medium, int low, int lowCued, double top,
                              double second, int windowsOver, List<Integer> turns) {

    public CategorySignals {
        turns = List.copyOf(turns);
    }

    /** Whether any rule found something of this category (only such a category can be reported: it has evidence). */
    public boolean found() {
        return high + highCued + medium + low + lowCued > 0;
    }
}
