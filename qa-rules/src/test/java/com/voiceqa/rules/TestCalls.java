package com.voiceqa.rules;

import com.voiceqa.core.Segment;
import com.voiceqa.rules.pack.RuleLoader;
import com.voiceqa.rules.pack.RulePack;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds small calls and packs for tests. */
public final class TestCalls {

    private TestCalls() {
    }

    /** A call from alternating "rep:"/"customer:" prefixed lines, 5 s per utterance. */
    public static CallRecord call(String id, String... lines) {
        List<Segment> segments = new ArrayList<>();
        double t = 0;
        for (String line : lines) {
            int colon = line.indexOf(':');
            segments.add(new Segment(line.substring(0, colon), t, t + 4, line.substring(colon + 1), List.of()));
            t += 5;
        }
        return new CallRecord(id, new CallMetadata("李敏", "华东", "acme", "badge-1", Instant.parse("2026-11-02T09:00:00Z"),
                t), segments, null);
    }

    /**
     * The built-in packs with the churn pack deciding by its severity-sum gate instead of its call-level risk model
     * ({@link RulePack#withGate}). For tests of the engine, live alerts and the index on calls of two or three lines:
     * the risk model weighs a whole call (it was trained on labeled calls of about a dozen turns), so on such a call
     * it says less than the gate; what it says about real calls is measured on labeled ones (CorpusQualityTest,
     * LiveEvaluationTest, docs/rules.md).
     */
    public static RuleEngine gateEngine() {
        return new RuleEngine(RuleLoader.builtInPacks().stream().map(RulePack::withGate).toList());
    }

    /** A one-rule churn pack around the rule JSON. */
    public static RulePack churnPack(String ruleJson) {
        return RuleLoader.parse("{\"pack\":\"t\",\"version\":\"1\",\"kind\":\"churn\",\"rules\":[" + ruleJson + "]}", "test");
    }

}
