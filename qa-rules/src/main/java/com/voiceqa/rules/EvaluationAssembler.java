package com.voiceqa.rules;

import com.voiceqa.rules.CompiledRules.Outcome;
import com.voiceqa.rules.match.ConditionResult;
import com.voiceqa.rules.pack.PackKind;
import com.voiceqa.rules.pack.Rule;
import com.voiceqa.rules.pack.RulePack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns rule outcomes into findings, the score breakdown and the churn risk.
 *
 * <p>Scoring: a dimension's score starts at its full marks minus the positive points its rules can add, so that a
 * call with every bonus and no deduction scores exactly full marks; each finding adds its (usually negative) points
 * once; the result is clamped to 0..full marks. A veto finding sets the total to 0. Dimensions of several quality
 * packs are merged by name (the first pack's full marks win).
 *
 * <p>Risk: per churn pack, each category found adds the weight of its most severe finding (see
 * {@link com.voiceqa.rules.pack.RiskModel}); the call's risk is the highest level over the churn packs. A churn pack
 * whose findings stay below its lowest threshold reports none of them: the threshold is the pack's risk gate, and
 * evidence that does not add up to a risk is not a signal.
 */
final class EvaluationAssembler {

    private EvaluationAssembler() {
    }

    static List<RuleHit> findings(List<Outcome> outcomes) {
        List<RuleHit> hits = new ArrayList<>();
        for (Outcome o : outcomes) {
            Rule rule = o.compiled().rule();
            boolean finding = rule.required() != o.matched();
            if (finding) {
                hits.add(hit(o, rule.required() ? List.of() : evidence(o)));
            }
        }
        return hits;
    }

    static RuleHit hit(Outcome o, List<Evidence> evidence) {
        Rule rule = o.compiled().rule();
        RulePack pack = o.compiled().pack();
        return new RuleHit(rule.id(), rule.name(), pack.id(), pack.kind(), rule.category(), rule.dimension(),
                rule.severity(), rule.points(), rule.veto(), rule.required(), evidence);
    }

    /**
     * Hits of the satisfied conditions the expression uses positively, in utterance order, without duplicates: a span
     * inside another span of the same utterance (a keyword inside the clause the clause model found) is the same quote.
     */
    static List<Evidence> evidence(Outcome o) {
        Set<String> positive = new LinkedHashSet<>();
        o.compiled().rule().expression().collectPositive(false, positive);
        Set<Evidence> out = new LinkedHashSet<>();
        for (String id : positive) {
            ConditionResult r = o.conditions().get(id);
            if (r != null && r.satisfied()) {
                out.addAll(r.hits());
            }
        }
        List<Evidence> sorted = new ArrayList<>(out);
        sorted.removeIf(e -> out.stream().anyMatch(wider -> covers(wider, e)));
        sorted.sort(Comparator.comparingInt(Evidence::utterance).thenComparingInt(Evidence::charStart));
        return sorted;
    }

    private static boolean covers(Evidence wider, Evidence e) {
        return wider != e && e.utterance() >= 0 && wider.utterance() == e.utterance()
                && wider.charStart() <= e.charStart() && wider.charEnd() >= e.charEnd()
                && wider.charEnd() - wider.charStart() > e.charEnd() - e.charStart();
    }

    static CallEvaluation assemble(String callId, List<RulePack> packs, List<RuleHit> findings) {
        List<RuleHit> hits = aboveRiskGate(packs, findings);
        Map<String, Double> fullMarks = new LinkedHashMap<>();
        Map<String, Double> bonus = new HashMap<>();
        for (RulePack pack : packs) {
            if (pack.kind() == PackKind.QUALITY) {
                pack.dimensions().forEach(fullMarks::putIfAbsent);
                for (Rule r : pack.rules()) {
                    if (r.points() > 0) {
                        bonus.merge(r.dimension(), r.points(), Double::sum);
                    }
                }
            }
        }
        Map<String, Double> delta = new HashMap<>();
        Map<String, List<String>> contributors = new HashMap<>();
        boolean vetoed = false;
        for (RuleHit h : hits) {
            if (h.kind() != PackKind.QUALITY) {
                continue;
            }
            delta.merge(h.dimension(), h.points(), Double::sum);
            contributors.computeIfAbsent(h.dimension(), k -> new ArrayList<>()).add(h.ruleId());
            vetoed |= h.veto();
        }
        List<DimensionScore> dimensions = new ArrayList<>();
        double total = 0;
        double max = 0;
        for (Map.Entry<String, Double> d : fullMarks.entrySet()) {
            double full = d.getValue();
            double start = Math.max(0, full - bonus.getOrDefault(d.getKey(), 0.0));
            double score = Math.clamp(start + delta.getOrDefault(d.getKey(), 0.0), 0, full);
            dimensions.add(new DimensionScore(d.getKey(), score, full, contributors.getOrDefault(d.getKey(), List.of())));
            total += score;
            max += full;
        }
        return new CallEvaluation(callId, vetoed ? 0 : total, max, vetoed, dimensions, hits, risk(packs, hits));
    }

    static ChurnRisk risk(List<RulePack> packs, List<RuleHit> hits) {
        ChurnRisk worst = ChurnRisk.NONE;
        for (RulePack pack : packs) {
            ChurnRisk level = risk(pack, hits);
            if (level.compareTo(worst) > 0) {
                worst = level;
            }
        }
        return worst;
    }

    /** One churn pack's risk from its findings among {@code hits}; NONE for other kinds of pack. */
    static ChurnRisk risk(RulePack pack, List<RuleHit> hits) {
        if (pack.kind() != PackKind.CHURN) {
            return ChurnRisk.NONE;
        }
        Map<String, Double> perCategory = new HashMap<>();
        for (RuleHit h : hits) {
            if (h.packId().equals(pack.id())) {
                perCategory.merge(h.category(), pack.risk().weight(h.severity()), Math::max);
            }
        }
        return pack.risk().level(perCategory.values().stream().mapToDouble(Double::doubleValue).sum());
    }

    /** The findings without those of churn packs whose risk stays NONE. */
    static List<RuleHit> aboveRiskGate(List<RulePack> packs, List<RuleHit> findings) {
        Set<String> gated = new java.util.HashSet<>();
        for (RulePack pack : packs) {
            if (pack.kind() == PackKind.CHURN && risk(pack, findings) == ChurnRisk.NONE) {
                gated.add(pack.id());
            }
        }
        return gated.isEmpty() ? findings : findings.stream().filter(h -> !gated.contains(h.packId())).toList();
    }
}
