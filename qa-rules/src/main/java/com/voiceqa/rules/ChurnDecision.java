package com.voiceqa.rules;

import com.voiceqa.rules.match.Utterance;
import com.voiceqa.rules.pack.PackKind;
import com.voiceqa.rules.pack.RulePack;
import com.voiceqa.rules.pack.TextOperator;
import com.voiceqa.rules.risk.CallRiskModel;
import com.voiceqa.rules.risk.CallSignals;
import com.voiceqa.rules.risk.Finding;
import com.voiceqa.rules.risk.Turn;
import com.voiceqa.rules.semantic.ClauseModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a churn pack concludes about a call: its risk level and which of its findings are reported, pointing at which
 * turns. A pack with a risk model ({@code "risk": {"model": …}}) asks the call-level model ({@link CallRiskModel}):
 * it reports some categories and, of each, some turns; a pack without one adds severities up, and a sum below the
 * {@code low} threshold (the risk gate) reports nothing. One decision for the finished call, the live call and the
 * stored one.
 *
 * @param risk  the pack's risk level for the call
 * @param turns for each reported category, the turns its findings may point at; null: every finding as found (a pack
 *              without a risk model, at risk)
 */
record ChurnDecision(ChurnRisk risk, Map<String, List<Integer>> turns) {

    static final ChurnDecision NOTHING = new ChurnDecision(ChurnRisk.NONE, Map.of());

    /** The decision of {@code pack} (a churn pack) from its findings among {@code findings}. */
    static ChurnDecision of(RulePack pack, List<RuleHit> findings, List<Utterance> utterances) {
        if (pack.kind() != PackKind.CHURN) {
            return NOTHING;
        }
        List<RuleHit> own = findings.stream().filter(h -> h.packId().equals(pack.id())).toList();
        if (pack.risk().model() == null) {
            ChurnRisk risk = EvaluationAssembler.risk(pack, own);
            return risk == ChurnRisk.NONE ? NOTHING : new ChurnDecision(risk, null);
        }
        CallRiskModel model = CallRiskModel.named(pack.risk().model());
        CallRiskModel.Decision d = model.decide(signals(pack, own, utterances, model.categories()));
        return new ChurnDecision(ChurnRisk.values()[d.level()], d.turns());
    }

    /**
     * One of the pack's findings as reported: its evidence in the turns the decision points at (evidence outside any
     * turn stays), or empty when its category is not reported or none of its turns is.
     */
    Optional<RuleHit> reported(RuleHit finding) {
        if (turns == null) {
            return Optional.of(finding);
        }
        List<Integer> kept = turns.get(finding.category());
        if (kept == null) {
            return Optional.empty();
        }
        List<Evidence> evidence = finding.evidence().stream()
                .filter(e -> e.utterance() < 0 || kept.contains(e.utterance())).toList();
        if (evidence.size() == finding.evidence().size()) {
            return Optional.of(finding);
        }
        if (evidence.stream().noneMatch(e -> e.utterance() >= 0)) {
            return Optional.empty();
        }
        return Optional.of(finding.withEvidence(evidence));
    }

    /** What the risk model reads about the call: the pack's findings and the clause model's view of the customer. */
    static CallSignals signals(RulePack pack, List<RuleHit> own, List<Utterance> utterances, List<String> categories) {
        List<Finding> findings = new ArrayList<>();
        for (RuleHit h : own) {
            List<Finding.Span> spans = h.evidence().stream().filter(e -> e.utterance() >= 0)
                    .map(e -> new Finding.Span(e.utterance(), e.charStart(), e.charEnd())).toList();
            findings.add(new Finding(h.category(), h.severity().ordinal(), spans));
        }
        List<Turn> turns = utterances.stream()
                .map(u -> new Turn("customer".equals(u.speaker()), u.segment().text(), u.normalized())).toList();
        return CallSignals.of(categories, findings, turns, ClauseModel.named(TextOperator.Semantic.DEFAULT_MODEL),
                pack.risk().weightsBySeverity());
    }
}
