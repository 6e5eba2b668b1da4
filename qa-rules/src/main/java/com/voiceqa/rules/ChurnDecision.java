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

/**
 * What a churn pack concludes about a call: its risk level and which of its findings are reported. A pack with a
 * risk model ({@code "risk": {"model": …}}) asks the call-level model ({@link CallRiskModel}); a pack without one
 * adds severities up, and a sum below the {@code low} threshold (the risk gate) reports nothing. One decision for the
 * finished call, the live call and the stored one.
 *
 * @param risk     the pack's risk level for the call
 * @param reported the pack's findings that are reported (all of them, some categories, or none)
 */
record ChurnDecision(ChurnRisk risk, List<RuleHit> reported) {

    static final ChurnDecision NOTHING = new ChurnDecision(ChurnRisk.NONE, List.of());

    /** The decision of {@code pack} (a churn pack) from its findings among {@code findings}. */
    static ChurnDecision of(RulePack pack, List<RuleHit> findings, List<Utterance> utterances) {
        if (pack.kind() != PackKind.CHURN) {
            return NOTHING;
        }
        List<RuleHit> own = findings.stream().filter(h -> h.packId().equals(pack.id())).toList();
        if (pack.risk().model() == null) {
            ChurnRisk risk = EvaluationAssembler.risk(pack, own);
            return new ChurnDecision(risk, risk == ChurnRisk.NONE ? List.of() : own);
        }
        CallRiskModel model = CallRiskModel.named(pack.risk().model());
        CallRiskModel.Decision d = model.decide(signals(pack, own, utterances, model.categories()));
        return new ChurnDecision(ChurnRisk.values()[d.level()],
                own.stream().filter(h -> d.reported().contains(h.category())).toList());
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
