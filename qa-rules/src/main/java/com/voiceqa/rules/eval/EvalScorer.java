package com.voiceqa.rules.eval;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores predicted labels against gold labels. A churn signal is the triple (call, category, turn): a prediction is
 * correct when the gold labels have a signal of that category in that turn (several gold spans of one category in
 * one turn count once). Beside it, the same macro F1 over (call, category) pairs, turns aside: careful readers of the
 * guide differ most in how many turns of one sign they mark (qa-rules/src/test/resources/iaa-shared), so that figure
 * separates which categories are found from which turns are pointed at. QA items are compared per call as pass/fail
 * values ({@link CallLabels#qa}).
 */
public final class EvalScorer {

    /** The nine churn categories of the corpus schema, always reported. */
    public static final List<String> CATEGORIES = List.of("price", "competitor", "service", "quality",
            "communication", "contact_change", "demand_reduction", "non_renewal", "channel_conflict");

    private EvalScorer() {
    }

    /** One labeled call's gold and predicted labels. */
    public record Pair(String callId, CallLabels gold, CallLabels predicted) {
    }

    public static EvalReport score(List<Pair> pairs) {
        Set<String> categories = new TreeSet<>(CATEGORIES);
        Set<String> gold = new HashSet<>();
        Set<String> predicted = new HashSet<>();
        Set<String> goldCalls = new HashSet<>();
        Set<String> predictedCalls = new HashSet<>();
        for (Pair p : pairs) {
            p.gold().churnSignals().forEach(s -> gold.add(key(p.callId(), s)));
            p.predicted().churnSignals().forEach(s -> predicted.add(key(p.callId(), s)));
            p.gold().churnSignals().forEach(s -> goldCalls.add(callKey(p.callId(), s)));
            p.predicted().churnSignals().forEach(s -> predictedCalls.add(callKey(p.callId(), s)));
            p.gold().churnSignals().forEach(s -> categories.add(s.category()));
            p.predicted().churnSignals().forEach(s -> categories.add(s.category()));
        }
        Map<String, EvalReport.Prf> perCategory = perCategory(orderedCategories(categories), gold, predicted);
        int riskRight = 0;
        int riskFree = 0;
        int falseAlarms = 0;
        Map<String, Integer> qaRight = new LinkedHashMap<>();
        CallLabels.QA_ITEMS.forEach(i -> qaRight.put(i, 0));
        int negLabeled = 0;
        int negPredicted = 0;
        int negCorrect = 0;
        for (Pair p : pairs) {
            riskRight += p.gold().churnRisk().equals(p.predicted().churnRisk()) ? 1 : 0;
            if (p.gold().churnRisk().equals("none")) {
                riskFree++;
                falseAlarms += p.predicted().churnRisk().equals("none") ? 0 : 1;
            }
            for (String item : CallLabels.QA_ITEMS) {
                if (p.gold().qa(item) == p.predicted().qa(item)) {
                    qaRight.merge(item, 1, Integer::sum);
                }
            }
            negLabeled += p.gold().customerNegativeTurns().size();
            negPredicted += p.predicted().customerNegativeTurns().size();
            negCorrect += (int) p.predicted().customerNegativeTurns().stream()
                    .filter(p.gold().customerNegativeTurns()::contains).count();
        }
        int n = pairs.size();
        Map<String, Double> qa = new LinkedHashMap<>();
        qaRight.forEach((item, right) -> qa.put(item, n == 0 ? 0 : (double) right / n));
        double qaMacro = qa.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return new EvalReport(n, perCategory, macroF1(perCategory),
                macroF1(perCategory(orderedCategories(categories), goldCalls, predictedCalls)),
                n == 0 ? 0 : (double) riskRight / n,
                riskFree == 0 ? 0 : (double) falseAlarms / riskFree, riskFree, qa, qaMacro,
                EvalReport.Prf.of(negLabeled, negPredicted, negCorrect));
    }

    /** Precision, recall and F1 per category of the keys (category first, then what it is counted over). */
    private static Map<String, EvalReport.Prf> perCategory(List<String> categories, Set<String> gold,
                                                        Set<String> predicted) {
        Map<String, EvalReport.Prf> out = new LinkedHashMap<>();
        for (String c : categories) {
            int correct = (int) predicted.stream().filter(k -> category(k).equals(c) && gold.contains(k)).count();
            out.put(c, EvalReport.Prf.of(count(gold, c), count(predicted, c), correct));
        }
        return out;
    }

    /** The mean F1 over the categories that occur in the labels or the predictions. */
    private static double macroF1(Map<String, EvalReport.Prf> perCategory) {
        return perCategory.values().stream().filter(p -> p.labeled() > 0 || p.predicted() > 0)
                .mapToDouble(EvalReport.Prf::f1).average().orElse(0);
    }

    private static List<String> orderedCategories(Set<String> all) {
        List<String> out = new java.util.ArrayList<>(CATEGORIES);
        all.stream().filter(c -> !CATEGORIES.contains(c)).forEach(out::add);
        return out;
    }

    private static String key(String callId, CallLabels.Signal s) {
        return callKey(callId, s) + "\u0000" + s.turn();
    }

    /** A signal's (call, category) pair, turns aside; {@link #category} reads it as it reads {@link #key}. */
    private static String callKey(String callId, CallLabels.Signal s) {
        return s.category() + "\u0000" + callId;
    }

    private static String category(String key) {
        return key.substring(0, key.indexOf('\u0000'));
    }

    private static int count(Set<String> keys, String category) {
        return (int) keys.stream().filter(k -> category(k).equals(category)).count();
    }
}
