package com.voiceqa.rules;

import com.voiceqa.rules.pack.RuleLoader;
import com.voiceqa.rules.pack.RulePack;
import com.voiceqa.rules.pack.RuleValidationException;
import com.voiceqa.rules.risk.CallRiskTrainer;
import com.voiceqa.rules.risk.CallRiskModelTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.voiceqa.rules.TestCalls.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A churn pack that names a call-level risk model: the engine reports what the model decides, not the gate. */
class RiskModelPackTest {

    @TempDir
    static Path models;

    private static final String RULES = """
            "rules": [
              {"id": "trial", "category": "competitor", "severity": "high", "conditions": [
                {"id": "1", "type": "keywords", "terms": ["试用"], "speaker": "customer", "negation": "ignore"}]},
              {"id": "dear", "category": "price", "severity": "low", "conditions": [
                {"id": "1", "type": "keywords", "terms": ["太贵"], "speaker": "customer"}]}]""";

    private static final CallRecord TURNED_DOWN = call("hn", "rep:最近用得怎么样？", "customer:那家让我们免费试用，我们没要。");
    private static final CallRecord LONE_GRIPE = call("weak", "rep:最近用得怎么样？", "customer:挺好的，就是你们太贵了点。");
    private static final CallRecord SWITCHING = call("sw", "rep:最近用得怎么样？", "customer:下个月开始试用另外一家的系统。");

    @BeforeAll
    static void trainModel() throws Exception {
        CallRiskTrainer.train("risk-pack-test", "test", CallRiskModelTest.CATEGORIES, CallRiskModelTest.examples())
                .write(models.resolve("risk-pack-test.json"));
        System.setProperty("voiceqa.semantic.models", models.toString());
    }

    @AfterAll
    static void forget() {
        System.clearProperty("voiceqa.semantic.models");
    }

    private static RulePack pack(String risk) {
        return RuleLoader.parse("{\"pack\":\"t\",\"version\":\"1\",\"kind\":\"churn\"," + risk + RULES + "}", "test");
    }

    @Test
    void theModelKeepsALoneWeakSignalAsLowAndReportsNothingForAHardNegative() {
        try (RuleEngine engine = new RuleEngine(List.of(pack("\"risk\": {\"model\": \"risk-pack-test\"},")))) {
            CallEvaluation weak = engine.evaluate(LONE_GRIPE);
            assertEquals(ChurnRisk.LOW, weak.churnRisk());
            assertEquals(List.of("dear"), weak.hits().stream().map(RuleHit::ruleId).toList());

            CallEvaluation turnedDown = engine.evaluate(TURNED_DOWN);
            assertEquals(ChurnRisk.NONE, turnedDown.churnRisk());
            assertEquals(List.of(), turnedDown.hits(), "the keyword hit of a refused trial is not reported");
            assertEquals(1, engine.findings(TURNED_DOWN).size(), "the rule itself still fires");

            CallEvaluation switching = engine.evaluate(SWITCHING);
            assertEquals(ChurnRisk.HIGH, switching.churnRisk());
            assertEquals(List.of("trial"), switching.hits().stream().map(RuleHit::ruleId).toList());
        }
    }

    @Test
    void aLiveCallAlertsOnWhatTheModelReportsAboutTheCallSoFar() {
        try (RuleEngine engine = new RuleEngine(List.of(pack("\"risk\": {\"model\": \"risk-pack-test\"},")))) {
            for (CallRecord call : List.of(TURNED_DOWN, SWITCHING)) {
                List<AlertEvent> alerts = new CopyOnWriteArrayList<>();
                LiveEvaluation live = engine.live(call.callId(), alerts::add);
                call.utterances().forEach(live::onSegment);
                assertEquals(call == SWITCHING ? List.of("trial") : List.of(),
                        alerts.stream().map(a -> a.hit().ruleId()).toList(), call.callId());
            }
        }
    }

    @Test
    void withoutAModelTheGateDropsTheLoneWeakSignalAndPassesTheKeywordHit() {
        try (RuleEngine engine = new RuleEngine(List.of(pack("\"risk\": {\"thresholds\": {\"low\": 4, \"medium\": 5,"
                + " \"high\": 6}, \"weights\": {\"low\": 1, \"high\": 6}},")))) {
            assertEquals(ChurnRisk.NONE, engine.evaluate(LONE_GRIPE).churnRisk());
            assertEquals(ChurnRisk.HIGH, engine.evaluate(TURNED_DOWN).churnRisk());
        }
    }

    @Test
    void aPackNamingAnUnknownModelIsRefusedOnTheField() {
        RuleValidationException e = assertThrows(RuleValidationException.class,
                () -> pack("\"risk\": {\"model\": \"no-such-risk\"},"));
        assertTrue(e.problems().stream().anyMatch(p -> p.contains("field 'risk.model': no risk model 'no-such-risk'")
                && p.contains("VOICEQA_SEMANTIC_MODELS")), e.problems().toString());
    }
}
