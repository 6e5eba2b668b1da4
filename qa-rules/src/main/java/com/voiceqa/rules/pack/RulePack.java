package com.voiceqa.rules.pack;

import java.util.List;
import java.util.Map;

/**
 * A versioned set of rules loaded from one JSON document.
 *
 * @param id         stable id, e.g. {@code churn-signals}
 * @param version    the pack's own version (e.g. {@code 2026.11.1}); stored with every evaluation
 * @param kind       churn or quality
 * @param name       human-readable name
 * @param dimensions scoring dimensions and their full marks, in file order (quality packs; empty for churn packs)
 * @param risk       how churn findings add up to a risk level (churn packs; {@link RiskModel#DEFAULT} otherwise)
 * @param rules      the rules, in file order
 * @param language   ISO 639-1 code of the transcripts the rules are written for ("zh" unless the pack says otherwise):
 *                   a Chinese pack evaluated on an English transcript finds gibberish, so callers pick packs by it
 */
public record RulePack(String id, String version, PackKind kind, String name, Map<String, Double> dimensions,
                       RiskModel risk, List<Rule> rules, String language) {

    /** The language of a pack that declares none: the built-in packs and their rules are Chinese. */
    public static final String DEFAULT_LANGUAGE = "zh";

    public RulePack {
        dimensions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(dimensions));
        rules = List.copyOf(rules);
    }

    /**
     * This pack deciding churn risk by its severity sum and gate, without the call-level risk model it names.
     * Cross-validation scores with it: a shipped risk model was trained on every fold's calls, so its decisions on a
     * held-out fold would be in-sample.
     */
    public RulePack withGate() {
        if (risk.model() == null) {
            return this;
        }
        RiskModel gate = new RiskModel(risk.weights(), risk.low(), risk.medium(), risk.high(), null);
        return new RulePack(id, version, kind, name, dimensions, gate, rules, language);
    }
}
