package com.voiceqa.rules.risk;

import com.voiceqa.rules.semantic.AdjacentTurn;
import com.voiceqa.rules.semantic.ClauseModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the call-level risk model reads about one call under one churn pack, before it is turned into numbers
 * ({@link RiskFeatures}). Kept as its own record so that cross-validation can store it per call and try models on it
 * in seconds, without running the rules again.
 *
 * @param utterances      the call's utterances
 * @param negativeTop     the clause model's highest {@code customer_negative} probability over the customer's windows
 * @param negativeWindows customer windows above {@link #NEGATIVE_THRESHOLD} for {@code customer_negative}
 * @param gateSum         what the pack's severity-sum gate adds up (each category's most severe finding once)
 * @param categories      one entry per churn category, in the order asked for
 */
public record CallSignals(int utterances, double negativeTop, int negativeWindows, double gateSum,
                          List<CategorySignals> categories) {

    static final double WINDOW_THRESHOLD = 0.7;
    static final double NEGATIVE_THRESHOLD = 0.9;
    static final String NEGATIVE = "customer_negative";

    public CallSignals {
        categories = List.copyOf(categories);
    }

    /**
     * @param categories      the churn categories to describe, in order
     * @param findings        the churn pack's findings on the call, before any gate
     * @param utterances      the call's utterances in order (evidence spans index their text as given)
     * @param clauses         the clause model (its cache makes this free after the semantic rules read the call)
     * @param severityWeights the pack's weight per severity (index = severity), for {@link #gateSum}
     */
    public static CallSignals of(List<String> categories, List<Finding> findings, List<Turn> utterances,
                                 ClauseModel clauses, double[] severityWeights) {
        Map<String, List<Double>> probabilities = new HashMap<>();
        Map<Integer, Map<String, Double>> perTurn = new HashMap<>();
        List<Double> negative = new ArrayList<>();
        List<AdjacentTurn> turns = utterances.stream().map(u -> new AdjacentTurn(u.normalized(), u.customer()))
                .toList();
        List<AdjacentTurn> before = AdjacentTurn.before(turns);
        List<AdjacentTurn> after = AdjacentTurn.after(turns);
        for (int i = 0; i < turns.size(); i++) {
            if (turns.get(i).customer() && turns.get(i).exists()) {
                Map<String, Double> here = perTurn.computeIfAbsent(i, k -> new HashMap<>());
                for (ClauseModel.Scored window : clauses.score(turns.get(i).text(), true, before.get(i),
                        after.get(i))) {
                    window.probabilities().forEach((label, p) -> {
                        (label.equals(NEGATIVE) ? negative
                                : probabilities.computeIfAbsent(label, k -> new ArrayList<>())).add(p);
                        here.merge(label, p, Math::max);
                    });
                }
            }
        }
        Map<String, Double> weightPerCategory = new HashMap<>();
        for (Finding f : findings) {
            weightPerCategory.merge(f.category(), severityWeights[f.severity()], Math::max);
        }
        List<CategorySignals> out = new ArrayList<>();
        for (String category : categories) {
            out.add(category(category, findings, utterances, probabilities.getOrDefault(category, List.of()),
                    perTurn));
        }
        double[] neg = top2(negative);
        return new CallSignals(utterances.size(), neg[0], count(negative, NEGATIVE_THRESHOLD),
                weightPerCategory.values().stream().mapToDouble(Double::doubleValue).sum(), out);
    }

    private static CategorySignals category(String category, List<Finding> findings, List<Turn> utterances,
                                            List<Double> probabilities, Map<Integer, Map<String, Double>> perTurn) {
        int[] counts = new int[5];
        Map<Integer, int[]> countsPerTurn = new TreeMap<>();
        for (Finding f : findings) {
            if (!f.category().equals(category)) {
                continue;
            }
            boolean cued = !f.spans().isEmpty() && f.spans().stream().allMatch(s -> cued(s, utterances));
            int slot = f.severity() >= Finding.HIGH ? (cued ? 1 : 0)
                    : f.severity() == Finding.MEDIUM ? 2 : cued ? 4 : 3;
            counts[slot]++;
            f.spans().stream().map(Finding.Span::utterance).distinct()
                    .forEach(t -> countsPerTurn.computeIfAbsent(t, k -> new int[5])[slot]++);
        }
        List<TurnSignals> turns = new ArrayList<>();
        countsPerTurn.forEach((t, c) -> turns.add(new TurnSignals(t,
                t >= 0 && t < utterances.size() && utterances.get(t).customer(), c[0], c[1], c[2], c[3], c[4],
                perTurn.getOrDefault(t, Map.of()).getOrDefault(category, 0.0))));
        double[] top = top2(probabilities);
        return new CategorySignals(category, counts[0], counts[1], counts[2], counts[3], counts[4], top[0], top[1],
                count(probabilities, WINDOW_THRESHOLD), turns.stream().map(TurnSignals::turn).toList(), turns);
    }

    private static boolean cued(Finding.Span s, List<Turn> utterances) {
        if (s.utterance() < 0 || s.utterance() >= utterances.size()) {
            return false;
        }
        String text = utterances.get(s.utterance()).text();
        return HardNegativeCues.near(text, Math.min(s.start(), text.length()), Math.min(s.end(), text.length()));
    }

    private static double[] top2(List<Double> values) {
        double first = 0;
        double second = 0;
        for (double v : values) {
            if (v > first) {
                second = first;
                first = v;
            } else if (v > second) {
                second = v;
            }
        }
        return new double[]{first, second};
    }

    private static int count(List<Double> values, double above) {
        return (int) values.stream().filter(v -> v > above).count();
    }
}
