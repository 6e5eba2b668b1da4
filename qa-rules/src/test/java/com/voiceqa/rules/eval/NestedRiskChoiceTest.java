package com.voiceqa.rules.eval;

import com.voiceqa.rules.eval.NestedRiskChoice.Candidate;
import com.voiceqa.rules.eval.NestedRiskChoice.Inner;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The nested choice's rule on inner results made up to exercise every clause of it (100 calls, 40 risk-free). */
class NestedRiskChoiceTest {

    private static Inner inner(double budget, Double lowThreshold, int falseAlarms, int riskRight) {
        return new Inner(new Candidate(budget, lowThreshold), 100, riskRight, 40, List.of(falseAlarms));
    }

    /** Early warning off: within 5 % up to budget 0.05, over it at 0.08, within again at 0.10 (not monotone). */
    private static List<Inner> off(int rightAtTen) {
        return List.of(inner(0.02, null, 1, 50), inner(0.05, null, 2, 55), inner(0.08, null, 3, 58),
                inner(0.10, null, 2, rightAtTen), inner(0.12, null, 4, 62));
    }

    private static List<Inner> grid(int offRightAtTen, int earlyRight) {
        List<Inner> all = new ArrayList<>(off(offRightAtTen));
        // early warning at 0.7: within the target only at the smallest budget
        all.add(inner(0.02, 0.7, 2, earlyRight));
        all.add(inner(0.05, 0.7, 3, earlyRight + 4));
        // early warning at 0.5: never within it, however many it gets right
        all.add(inner(0.02, 0.5, 5, 90));
        return all;
    }

    @Test
    void theLargestBudgetWithinTheTargetEvenWhenASmallerOneIsOverIt() {
        assertEquals(new Candidate(0.10, null), NestedRiskChoice.pick(off(57), 0.05).candidate());
    }

    @Test
    void earlyWarningIsChosenOnlyWhenItGetsMoreCallsRightWithinTheTarget() {
        assertEquals(new Candidate(0.02, 0.7), NestedRiskChoice.pick(grid(57, 60), 0.05).candidate());
        assertEquals(new Candidate(0.10, null), NestedRiskChoice.pick(grid(60, 60), 0.05).candidate(),
                "a tie keeps early warning off");
        assertEquals(new Candidate(0.10, null), NestedRiskChoice.pick(grid(61, 60), 0.05).candidate());
    }

    @Test
    void aTieBetweenThresholdsGoesToTheHigherOneAndNothingWithinTheTargetToTheSmallestBudget() {
        List<Inner> tie = new ArrayList<>(off(50));
        tie.add(inner(0.02, 0.6, 2, 70));
        tie.add(inner(0.02, 0.8, 2, 70));
        assertEquals(new Candidate(0.02, 0.8), NestedRiskChoice.pick(tie, 0.05).candidate());
        Inner none = NestedRiskChoice.pick(grid(57, 60), 0.01);
        assertEquals(new Candidate(0.02, null), none.candidate());
        assertEquals(false, none.within(0.01));
    }

    @Test
    void theTargetHoldsInEveryCountedText() {
        // clean text and 20 % CER: 0.05 is within 5 % of 40 (2) on clean text but alarms 3 times at 20 % CER
        List<Inner> twoTexts = List.of(
                new Inner(new Candidate(0.02, null), 100, 50, 40, List.of(1, 2)),
                new Inner(new Candidate(0.05, null), 100, 55, 40, List.of(2, 3)),
                new Inner(new Candidate(0.08, null), 100, 58, 40, List.of(3, 5)));
        assertEquals(new Candidate(0.02, null), NestedRiskChoice.pick(twoTexts, 0.05).candidate());
        assertEquals(new Candidate(0.05, null), NestedRiskChoice.pick(twoTexts, 0.075).candidate());
        assertEquals("budget 0.05, early warning off (inner: false alarms 2 / 3 of 40, risk right 55 of 100)",
                twoTexts.get(1).describe());
    }
}
