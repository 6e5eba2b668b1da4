package com.voiceqa.rules;

import com.voiceqa.rules.CompiledRules.CompiledRule;
import com.voiceqa.rules.CompiledRules.Outcome;
import com.voiceqa.rules.match.ConditionResult;
import com.voiceqa.rules.match.Utterance;
import com.voiceqa.rules.pack.Rule;
import com.voiceqa.rules.pack.RuleLoader;
import com.voiceqa.rules.pack.RulePack;
import com.voiceqa.rules.risk.CallSignals;

import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates rule packs against calls. Build one per set of packs (compiling registers every lexical condition in a
 * lucene-monitor index, which takes a moment for thousands of rules) and share it: it is immutable and thread-safe.
 * To change rules at run time, load the packs again and build a new engine.
 *
 * <pre>{@code
 * RuleEngine engine = RuleEngine.builtIn();
 * CallEvaluation e = engine.evaluate(call);        // score, breakdown, findings with evidence, churn risk
 * LiveEvaluation live = engine.live("call-1", alert -> ...);  // feed segments as they are decoded
 * RuleExplanation why = engine.explain("competitor-trial", call);
 * }</pre>
 */
public final class RuleEngine implements AutoCloseable {

    private final List<RulePack> packs;
    private final CompiledRules compiled;

    public RuleEngine(List<RulePack> packs) {
        if (packs.isEmpty()) {
            throw new IllegalArgumentException("at least one rule pack is needed");
        }
        this.packs = List.copyOf(packs);
        this.compiled = new CompiledRules(this.packs);
    }

    /** An engine with the built-in churn-signal and quality-inspection packs. */
    public static RuleEngine builtIn() {
        return new RuleEngine(RuleLoader.builtInPacks());
    }

    public List<RulePack> packs() {
        return packs;
    }

    /** Evaluates every rule of every pack against a finished call. */
    public CallEvaluation evaluate(CallRecord call) {
        List<Utterance> utterances = CompiledRules.prepare(call.utterances());
        return EvaluationAssembler.assemble(call.callId(), packs, findings(utterances, call), utterances);
    }

    /**
     * What a churn pack's call-level risk model reads about a call (its findings before any gate, the clause model's
     * view of the customer), for these categories: the input cross-validation stores to train and measure the model.
     */
    public CallSignals riskSignals(CallRecord call, RulePack pack, List<String> categories) {
        List<Utterance> utterances = CompiledRules.prepare(call.utterances());
        List<RuleHit> own = findings(utterances, call).stream().filter(h -> h.packId().equals(pack.id())).toList();
        return ChurnDecision.signals(pack, own, utterances, categories);
    }

    /**
     * The churn risk the given findings add up to under these packs' risk models: what a call's risk becomes when
     * a review dismisses some of its findings (pass the ones that still count).
     */
    public ChurnRisk churnRisk(List<RuleHit> hits) {
        return EvaluationAssembler.risk(packs, hits);
    }

    /**
     * Every rule's finding on a finished call before the churn packs decide what to report: what each rule says on its
     * own, e.g. when testing a pack on single sentences. {@link #evaluate} reports the churn findings each pack's
     * risk decision keeps ({@link ChurnDecision}).
     */
    public List<RuleHit> findings(CallRecord call) {
        return findings(CompiledRules.prepare(call.utterances()), call);
    }

    private List<RuleHit> findings(List<Utterance> utterances, CallRecord call) {
        return EvaluationAssembler.findings(compiled.evaluate(utterances, compiled.locate(utterances), call.metrics()));
    }

    /**
     * Starts evaluating a call in progress: feed it final segments as the recognizer emits them (it is a
     * {@link com.voiceqa.core.TranscriptListener}); each rule's first finding is sent to {@code listener} at once.
     */
    public LiveEvaluation live(String callId, AlertListener listener) {
        return new LiveEvaluation(callId, this, listener);
    }

    /** Explains why a rule of the loaded packs did or did not find something in a call. */
    public RuleExplanation explain(String ruleId, CallRecord call) {
        for (CompiledRule c : compiled.rules()) {
            if (c.rule().id().equals(ruleId)) {
                List<Utterance> utterances = CompiledRules.prepare(call.utterances());
                return explanation(CompiledRules.evaluate(c, utterances, compiled.locate(utterances), call.metrics()));
            }
        }
        throw new IllegalArgumentException("no rule '" + ruleId + "' in the loaded packs");
    }

    /**
     * Dry run of a rule that is not (yet) in the engine, e.g. a draft from the rule editor parsed with
     * {@link RuleLoader#parseRule}: compiles it alone and explains its outcome on the call.
     */
    public static RuleExplanation dryRun(Rule rule, RulePack context, CallRecord call) {
        RulePack single = new RulePack(context.id(), context.version(), context.kind(), context.name(),
                context.dimensions(), context.risk(), List.of(rule), context.language());
        try (CompiledRules one = new CompiledRules(List.of(single))) {
            List<Utterance> utterances = CompiledRules.prepare(call.utterances());
            CompiledRule c = one.rules().getFirst();
            return explanation(CompiledRules.evaluate(c, utterances, one.locate(utterances), call.metrics()));
        }
    }

    private static RuleExplanation explanation(Outcome o) {
        List<RuleExplanation.ConditionExplanation> conditions = new ArrayList<>();
        for (ConditionResult r : o.conditions().values()) {
            conditions.add(new RuleExplanation.ConditionExplanation(r.condition().id(), r.summary(), r.satisfied(),
                    r.hits(), r.rejected()));
        }
        Rule rule = o.compiled().rule();
        return new RuleExplanation(rule.id(), rule.expression().toString(), o.matched(), rule.required() != o.matched(),
                conditions);
    }

    CompiledRules compiled() {
        return compiled;
    }

    @Override
    public void close() {
        compiled.close();
    }
}
