package com.voiceqa.rules;

import com.voiceqa.rules.CompiledRules.Outcome;
import com.voiceqa.rules.match.ConditionResult;
import com.voiceqa.rules.match.Utterance;
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
 * <p>Risk: each churn pack decides its level and which findings it reports ({@link ChurnDecision}: its call-level
 * risk model, or the severity sum and its gate); the call's risk is the highest level over the churn packs.
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

    static CallEvaluation assemble(String callId, List<RulePack> packs, List<RuleHit> findings,
                                   List<Utterance> utterances) {
        List<ChurnDecision> decisions = packs.stream().map(p -> ChurnDecision.of(p, findings, utterances)).toList();
        List<RuleHit> hits = reported(packs, findings, decisions);
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
        ChurnRisk risk = decisions.stream().map(ChurnDecision::risk).max(Comparator.naturalOrder())
                .orElse(ChurnRisk.NONE);
        return new CallEvaluation(callId, vetoed ? 0 : total, max, vetoed, dimensions, hits, risk);
    }

    /**
     * The risk that {@code hits} add up to (a review that dismisses findings passes the ones that still count). A pack
     * with a risk model keeps at least {@code low} while any of its findings remains: the model reported them.
     */
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
        ChurnRisk level = pack.risk().level(perCategory.values().stream().mapToDouble(Double::doubleValue).sum());
        return pack.risk().model() != null && !perCategory.isEmpty() && level == ChurnRisk.NONE ? ChurnRisk.LOW : level;
    }

    /**
     * The findings that are reported: every finding of other packs, and each churn pack's findings as its decision
     * reports them (some dropped, some pointing at fewer turns).
     */
    static List<RuleHit> reported(List<RulePack> packs, List<RuleHit> findings, List<ChurnDecision> decisions) {
        Map<String, ChurnDecision> churnPacks = new HashMap<>();
        for (int i = 0; i < packs.size(); i++) {
            if (packs.get(i).kind() == PackKind.CHURN) {
                churnPacks.put(packs.get(i).id(), decisions.get(i));
            }
        }
        List<RuleHit> out = new ArrayList<>();
        for (RuleHit h : findings) {
            ChurnDecision d = churnPacks.get(h.packId());
            if (d == null) {
                out.add(h);
            } else {
                d.reported(h).ifPresent(out::add);
            }
        }
        return out;
    }
}
