package com.voiceqa.rules.match;

import com.voiceqa.core.metrics.CallMetrics;
import com.voiceqa.rules.Evidence;
import com.voiceqa.rules.RuleExplanation.Rejection;
import com.voiceqa.rules.pack.Condition;
import com.voiceqa.rules.pack.MetricCondition;
import com.voiceqa.rules.pack.Rule;
import com.voiceqa.rules.pack.Scope.Anchor;
import com.voiceqa.rules.pack.Scope;
import com.voiceqa.rules.pack.TextCondition;
import com.voiceqa.rules.pack.TextOperator.Keywords;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates one rule on one call from the occurrences the {@link CandidateFinder} located: applies each text
 * condition's scope (speaker, first/last N, time window, anchor), the keyword count, the metric conditions, and
 * finally the boolean expression.
 */
public final class RuleEvaluator {

    private RuleEvaluator() {
    }

    /**
     * @param rule        the rule
     * @param keys        condition id → key of that text condition in the finder's results
     * @param occurrences the finder's results for the call
     * @param utterances  the call's utterances
     * @param metrics     acoustic metrics, or {@code null}
     * @return results per condition id, in the rule's order
     */
    public static Map<String, ConditionResult> evaluate(Rule rule, Map<String, Integer> keys,
                                                        Map<Integer, List<Occurrence>> occurrences,
                                                        List<Utterance> utterances, CallMetrics metrics) {
        Map<String, ConditionResult> results = new HashMap<>();
        Map<String, Condition> byId = new HashMap<>();
        rule.conditions().forEach(c -> byId.put(c.id(), c));
        for (Condition c : rule.conditions()) {
            resolve(c, byId, keys, occurrences, utterances, metrics, results, new HashSet<>());
        }
        Map<String, ConditionResult> ordered = new LinkedHashMap<>();
        rule.conditions().forEach(c -> ordered.put(c.id(), results.get(c.id())));
        return ordered;
    }

    private static ConditionResult resolve(Condition c, Map<String, Condition> byId, Map<String, Integer> keys,
                                           Map<Integer, List<Occurrence>> occurrences, List<Utterance> utterances,
                                           CallMetrics metrics, Map<String, ConditionResult> results,
                                           Set<String> inProgress) {
        ConditionResult done = results.get(c.id());
        if (done != null) {
            return done;
        }
        if (!inProgress.add(c.id())) {
            throw new IllegalStateException("anchor loop through condition " + c.id());
        }
        ConditionResult result = switch (c) {
            case MetricCondition m -> MetricEvaluator.evaluate(m, metrics, utterances);
            case TextCondition t -> {
                ConditionResult anchor = null;
                Anchor a = t.scope().anchor();
                if (a != null) {
                    anchor = resolve(byId.get(a.conditionId()), byId, keys, occurrences, utterances, metrics, results,
                            inProgress);
                }
                yield text(t, occurrences.getOrDefault(keys.get(t.id()), List.of()), utterances, anchor);
            }
        };
        results.put(c.id(), result);
        return result;
    }

    private static ConditionResult text(TextCondition c, List<Occurrence> found, List<Utterance> utterances,
                                        ConditionResult anchor) {
        if (found.isEmpty()) {
            return new ConditionResult(c, false, List.of(), List.of());
        }
        Set<Integer> inRange = rangeOf(c.scope(), utterances);
        List<Occurrence> judged = new ArrayList<>(found.size());
        for (Occurrence o : found) {
            // scope is the more basic reason: report it even when the match was also negated
            String outOfScope = scopeRejection(c.scope(), utterances.get(o.utterance()), inRange, o, anchor);
            judged.add(outOfScope == null ? o
                    : new Occurrence(o.utterance(), o.start(), o.end(), o.term(), outOfScope));
        }
        if (c.operator() instanceof Keywords k && k.minMatches() > 1) {
            judged = applyTermCount(judged, k.minMatches());
        }
        List<Evidence> hits = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (Occurrence o : judged) {
            Evidence e = evidence(o, utterances.get(o.utterance()));
            if (o.accepted()) {
                hits.add(e);
            } else {
                rejected.add(new Rejection(e, o.rejection()));
            }
        }
        return new ConditionResult(c, !hits.isEmpty(), hits, rejected);
    }

    /** Keywords with "all" / "at least N": an utterance counts only if enough distinct terms were accepted in it. */
    private static List<Occurrence> applyTermCount(List<Occurrence> judged, int minMatches) {
        Map<Integer, Set<Integer>> termsPerUtterance = new HashMap<>();
        for (Occurrence o : judged) {
            if (o.accepted()) {
                termsPerUtterance.computeIfAbsent(o.utterance(), k -> new HashSet<>()).add(o.term());
            }
        }
        List<Occurrence> out = new ArrayList<>(judged.size());
        for (Occurrence o : judged) {
            int distinct = termsPerUtterance.getOrDefault(o.utterance(), Set.of()).size();
            out.add(distinct >= minMatches ? o
                    : o.reject("only " + distinct + " of the " + minMatches + " required terms in this utterance"));
        }
        return out;
    }

    /** Indexes of the utterances allowed by the skip/first/last-N part of the scope, or null when it has none. */
    private static Set<Integer> rangeOf(Scope scope, List<Utterance> utterances) {
        if (scope.skip() == 0 && scope.first() == 0 && scope.last() == 0) {
            return null;
        }
        List<Integer> eligible = new ArrayList<>();
        for (Utterance u : utterances) {
            if (scope.speaker().isEmpty() || scope.speaker().equals(u.speaker())) {
                eligible.add(u.index());
            }
        }
        eligible = eligible.subList(Math.min(scope.skip(), eligible.size()), eligible.size());
        if (scope.first() > 0 && eligible.size() > scope.first()) {
            eligible = eligible.subList(0, scope.first());
        } else if (scope.last() > 0 && eligible.size() > scope.last()) {
            eligible = eligible.subList(eligible.size() - scope.last(), eligible.size());
        }
        return new HashSet<>(eligible);
    }

    private static String scopeRejection(Scope scope, Utterance u, Set<Integer> inRange, Occurrence o,
                                         ConditionResult anchor) {
        if (!scope.speaker().isEmpty() && !scope.speaker().equals(u.speaker())) {
            return "spoken by " + u.speaker() + ", the condition wants " + scope.speaker();
        }
        if (inRange != null && !inRange.contains(u.index())) {
            return rangeRejection(scope);
        }
        double start = u.segment().start();
        if (start < scope.fromSeconds() || start >= scope.toSeconds()) {
            return "at " + Math.round(start) + " s, outside the time window";
        }
        if (anchor != null && !nearAnchor(scope.anchor(), o.utterance(), anchor)) {
            Anchor a = scope.anchor();
            return "no hit of condition " + a.conditionId() + " " + a.relation().name().toLowerCase(java.util.Locale.ROOT)
                    + " within " + a.within() + " utterance(s)";
        }
        return null;
    }

    private static String rangeRejection(Scope scope) {
        String afterSkipped = scope.skip() > 0 ? " (the first " + scope.skip() + " skipped)" : "";
        if (scope.first() > 0) {
            return "not among the first " + scope.first() + " utterances" + afterSkipped;
        }
        if (scope.last() > 0) {
            return "not among the last " + scope.last() + " utterances" + afterSkipped;
        }
        return "among the first " + scope.skip() + " utterances, which the condition skips";
    }

    /** Whether utterance {@code at} is before/after/around (within N utterances of) a hit of the anchor condition. */
    private static boolean nearAnchor(Anchor a, int at, ConditionResult anchor) {
        for (Evidence e : anchor.hits()) {
            int d = at - e.utterance();
            boolean ok = switch (a.relation()) {
                case BEFORE -> d <= 0 && -d <= a.within();
                case AFTER -> d >= 0 && d <= a.within();
                case AROUND -> Math.abs(d) <= a.within();
            };
            if (ok) {
                return true;
            }
        }
        return false;
    }

    static Evidence evidence(Occurrence o, Utterance u) {
        int start = u.text().originalOffset(o.start());
        int end = u.text().originalOffset(o.end() - 1) + 1;
        return new Evidence(u.index(), start, end, u.segment().start(), u.segment().end(), u.speaker(),
                u.normalized().substring(o.start(), o.end()));
    }
}
