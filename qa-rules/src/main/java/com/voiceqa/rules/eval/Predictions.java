package com.voiceqa.rules.eval;

import com.voiceqa.rules.CallEvaluation;
import com.voiceqa.rules.CallRecord;
import com.voiceqa.rules.Evidence;
import com.voiceqa.rules.RuleHit;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps an evaluation onto the corpus label schema. Conventions of the built-in packs: churn rules' categories are the
 * churn categories; quality rules' categories are the QA items, where a boolean item is true unless a
 * {@code required} rule of that category reports it missing; {@code forbidden_words} and {@code over_promise} rules
 * give spans; {@code negative_emotion} rules give the customer's negative turns.
 */
public final class Predictions {

    public static final String NEGATIVE_EMOTION = "negative_emotion";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Predictions() {
    }

    public static CallLabels of(CallRecord call, CallEvaluation evaluation) {
        List<CallLabels.Signal> signals = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (RuleHit h : evaluation.churnSignals()) {
            for (Evidence e : h.evidence()) {
                if (e.utterance() >= 0 && seen.add(h.category() + "/" + e.utterance())) {
                    signals.add(new CallLabels.Signal(h.category(), e.utterance(), original(call, e)));
                }
            }
        }
        signals.sort(java.util.Comparator.comparingInt(CallLabels.Signal::turn));
        Map<String, Boolean> items = new HashMap<>();
        for (String item : CallLabels.BOOLEAN_ITEMS) {
            items.put(item, evaluation.hitsFor(item).stream().noneMatch(RuleHit::missing));
        }
        Set<Integer> negative = new LinkedHashSet<>();
        for (RuleHit h : evaluation.hitsFor(NEGATIVE_EMOTION)) {
            h.evidence().stream().filter(e -> e.utterance() >= 0).forEach(e -> negative.add(e.utterance()));
        }
        List<Integer> negativeTurns = new ArrayList<>(negative);
        negativeTurns.sort(Integer::compare);
        return new CallLabels(evaluation.churnRisk().label(), signals, items, spans(call, evaluation, "forbidden_words"),
                spans(call, evaluation, "over_promise"), negativeTurns);
    }

    private static List<CallLabels.Span> spans(CallRecord call, CallEvaluation evaluation, String category) {
        List<CallLabels.Span> out = new ArrayList<>();
        for (RuleHit h : evaluation.hitsFor(category)) {
            for (Evidence e : h.evidence()) {
                CallLabels.Span s = new CallLabels.Span(e.utterance(), original(call, e));
                if (e.utterance() >= 0 && !out.contains(s)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static String original(CallRecord call, Evidence e) {
        return call.utterances().get(e.utterance()).text().substring(e.charStart(), e.charEnd());
    }

    /** One line of the --predictions file: {@code {"id": ..., "labels": {...}}} in the corpus label schema. */
    public static String jsonLine(String callId, CallLabels labels) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", callId);
        ObjectNode l = root.putObject("labels");
        l.put("churn_risk", labels.churnRisk());
        ArrayNode signals = l.putArray("churn_signals");
        for (CallLabels.Signal s : labels.churnSignals()) {
            signals.addObject().put("category", s.category()).put("turn", s.turn()).put("evidence", s.evidence());
        }
        ObjectNode qa = l.putObject("qa");
        for (String item : CallLabels.QA_ITEMS) {
            switch (item) {
                case "forbidden_words" -> spansJson(qa.putArray(item), labels.forbiddenWords());
                case "over_promise" -> spansJson(qa.putArray(item), labels.overPromise());
                default -> qa.put(item, labels.qaItems().get(item));
            }
        }
        ArrayNode negative = l.putArray("customer_negative_turns");
        labels.customerNegativeTurns().forEach(negative::add);
        return JSON.writeValueAsString(root);
    }

    private static void spansJson(ArrayNode into, List<CallLabels.Span> spans) {
        spans.forEach(s -> into.addObject().put("turn", s.turn()).put("evidence", s.evidence()));
    }
}
