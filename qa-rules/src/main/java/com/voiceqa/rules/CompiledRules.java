package com.voiceqa.rules;

import com.voiceqa.core.Segment;
import com.voiceqa.core.metrics.CallMetrics;
import com.voiceqa.rules.match.CandidateFinder;
import com.voiceqa.rules.match.ConditionResult;
import com.voiceqa.rules.match.Occurrence;
import com.voiceqa.rules.match.RuleEvaluator;
import com.voiceqa.rules.match.Utterance;
import com.voiceqa.rules.pack.Condition;
import com.voiceqa.rules.pack.Rule;
import com.voiceqa.rules.pack.RulePack;
import com.voiceqa.rules.pack.TextCondition;
import com.voiceqa.rules.semantic.AdjacentTurn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Packs compiled for matching: every text condition of every rule registered once in a {@link CandidateFinder},
 * and each rule's map from condition id to finder key. Immutable and thread-safe.
 */
final class CompiledRules implements AutoCloseable {

    /** A rule with its pack and the finder keys of its text conditions. */
    record CompiledRule(RulePack pack, Rule rule, Map<String, Integer> keys) {
    }

    /** One rule's outcome on one call. */
    record Outcome(CompiledRule compiled, boolean matched, Map<String, ConditionResult> conditions) {
    }

    private final List<CompiledRule> rules = new ArrayList<>();
    private final CandidateFinder finder;

    CompiledRules(List<RulePack> packs) {
        List<TextCondition> textConditions = new ArrayList<>();
        for (RulePack pack : packs) {
            for (Rule rule : pack.rules()) {
                Map<String, Integer> keys = new HashMap<>();
                for (Condition c : rule.conditions()) {
                    if (c instanceof TextCondition t) {
                        keys.put(t.id(), textConditions.size());
                        textConditions.add(t);
                    }
                }
                rules.add(new CompiledRule(pack, rule, Map.copyOf(keys)));
            }
        }
        finder = new CandidateFinder(textConditions);
    }

    List<CompiledRule> rules() {
        return rules;
    }

    /** The call's utterances, each knowing the utterances before and after it that said something. */
    static List<Utterance> prepare(List<Segment> segments) {
        List<Utterance> out = new ArrayList<>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            out.add(Utterance.of(i, segments.get(i)));
        }
        List<AdjacentTurn> turns = out.stream().map(Utterance::asAdjacent).toList();
        List<AdjacentTurn> before = AdjacentTurn.before(turns);
        List<AdjacentTurn> after = AdjacentTurn.after(turns);
        for (int i = 0; i < out.size(); i++) {
            out.set(i, out.get(i).withNeighbours(before.get(i), after.get(i)));
        }
        return out;
    }

    Map<Integer, List<Occurrence>> locate(List<Utterance> utterances) {
        return finder.find(utterances);
    }

    List<Outcome> evaluate(List<Utterance> utterances, Map<Integer, List<Occurrence>> occurrences,
                           CallMetrics metrics) {
        List<Outcome> out = new ArrayList<>(rules.size());
        for (CompiledRule c : rules) {
            out.add(evaluate(c, utterances, occurrences, metrics));
        }
        return out;
    }

    static Outcome evaluate(CompiledRule c, List<Utterance> utterances, Map<Integer, List<Occurrence>> occurrences,
                            CallMetrics metrics) {
        Map<String, ConditionResult> results = RuleEvaluator.evaluate(c.rule(), c.keys(), occurrences, utterances,
                metrics);
        boolean matched = c.rule().expression().evaluate(id -> results.get(id).satisfied());
        return new Outcome(c, matched, results);
    }

    @Override
    public void close() {
        finder.close();
    }
}
