package com.voiceqa.rules.eval;

import java.util.Map;

/**
 * Quality of the packs on a labeled corpus.
 *
 * @param calls          number of calls
 * @param categories     per churn category: precision, recall, F1 over (call, category, turn) signals
 * @param macroF1        mean F1 over the categories that occur in the labels or the predictions
 * @param categoryMacroF1 the same over (call, category) pairs, turns aside
 * @param riskAccuracy   share of calls whose predicted risk equals the label
 * @param falseAlarmRate share of calls labeled "none" that were given any other risk
 * @param riskFreeCalls  number of calls labeled "none"
 * @param qa             per QA item: share of calls where the prediction equals the label
 * @param qaMacroAccuracy mean of the QA item accuracies
 * @param negativeTurnsF1 F1 of the customer's negative-emotion turns (reported, not a quality bar)
 */
public record EvalReport(int calls, Map<String, Prf> categories, double macroF1, double categoryMacroF1,
                         double riskAccuracy,
                         double falseAlarmRate, int riskFreeCalls, Map<String, Double> qa, double qaMacroAccuracy,
                         Prf negativeTurnsF1) {

    /** Precision, recall and F1 with the counts behind them. */
    public record Prf(double precision, double recall, double f1, int labeled, int predicted, int correct) {
        static Prf of(int labeled, int predicted, int correct) {
            double p = predicted == 0 ? (labeled == 0 ? 1 : 0) : (double) correct / predicted;
            double r = labeled == 0 ? (predicted == 0 ? 1 : 0) : (double) correct / labeled;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return new Prf(p, r, f, labeled, predicted, correct);
        }
    }
}
