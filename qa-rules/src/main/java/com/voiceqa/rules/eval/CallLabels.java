package com.voiceqa.rules.eval;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The labels of one call in the corpus schema (../shared/test-audio/README.md). Used both for the gold labels read
 * from the corpus and for the engine's predictions, so one scorer compares like with like.
 *
 * @param churnRisk             none / low / medium / high
 * @param churnSignals          (category, turn, evidence) spans
 * @param qaItems               the five boolean QA items by name
 * @param forbiddenWords        (turn, evidence) spans of rude or deflecting phrases
 * @param overPromise           (turn, evidence) spans of illegal or unrealistic guarantees
 * @param customerNegativeTurns customer turns with negative emotion
 */
public record CallLabels(String churnRisk, List<Signal> churnSignals, Map<String, Boolean> qaItems,
                         List<Span> forbiddenWords, List<Span> overPromise, List<Integer> customerNegativeTurns) {

    /** The boolean QA items, in the corpus' order. */
    public static final List<String> BOOLEAN_ITEMS = List.of("greeting", "self_intro", "needs_discovery", "next_step",
            "closing");
    /** All seven QA items scored by eval-rules, in the corpus' order. */
    public static final List<String> QA_ITEMS = List.of("greeting", "self_intro", "needs_discovery",
            "forbidden_words", "over_promise", "next_step", "closing");

    public CallLabels {
        churnSignals = List.copyOf(churnSignals);
        qaItems = Map.copyOf(qaItems);
        forbiddenWords = List.copyOf(forbiddenWords);
        overPromise = List.copyOf(overPromise);
        customerNegativeTurns = List.copyOf(customerNegativeTurns);
    }

    public record Signal(String category, int turn, String evidence) {
    }

    public record Span(int turn, String evidence) {
    }

    /** The turns of the churn signals, by category (several spans of one category in one turn count once). */
    public Map<String, Set<Integer>> turnsByCategory() {
        Map<String, Set<Integer>> out = new LinkedHashMap<>();
        churnSignals.forEach(s -> out.computeIfAbsent(s.category(), k -> new HashSet<>()).add(s.turn()));
        return out;
    }

    /** A QA item as a pass/fail value: the booleans as given; the span items are true when spans are present. */
    public boolean qa(String item) {
        return switch (item) {
            case "forbidden_words" -> !forbiddenWords.isEmpty();
            case "over_promise" -> !overPromise.isEmpty();
            default -> qaItems.getOrDefault(item, false);
        };
    }
}
