package com.voiceqa.rules.semantic;

import com.voiceqa.rules.CallRecord;
import com.voiceqa.rules.RuleEngine;
import com.voiceqa.rules.RuleExplanation;
import com.voiceqa.rules.TestCalls;
import com.voiceqa.rules.pack.RuleLoader;
import com.voiceqa.rules.pack.RuleValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Semantic rule conditions with the real encoder and the built-in clause model. */
class SemanticConditionTest {

    // 0.5: the model reads the whole short turn below as it reads a recognizer's unpunctuated one (2026.12.4's context
    // head: 0.57 for competitor, with the rep's question about the renewal before it; 2026.12.3's linear head: 0.65)
    private static final String TRIAL_RULE = """
            {"id": "trial", "category": "competitor", "conditions": [
              {"id": "1", "type": "semantic", "label": "competitor", "above": 0.5, "speaker": "customer"}]}""";

    private static RuleExplanation explainTrialRule(CallRecord call) {
        try (RuleEngine engine = new RuleEngine(List.of(TestCalls.churnPack(TRIAL_RULE)))) {
            return engine.explain("trial", call);
        }
    }

    @Test
    void aSemanticConditionFindsAWordingNoKeywordListNames() {
        CallRecord call = TestCalls.call("s1", "rep:王总，续费的事您考虑得怎么样了？",
                "customer:先不急，我们车队这俩礼拜装了另一家的调度软件在跑，看看效果再说。");
        RuleExplanation why = explainTrialRule(call);
        assertTrue(why.matched(), why.toString());
        var evidence = why.conditions().getFirst().hits().getFirst();
        assertEquals(1, evidence.utterance());
        assertTrue(evidence.text().contains("另一家"), "the evidence is the window: " + evidence.text());
    }

    @Test
    void aCalmCallDoesNotMatchAndTheDryRunShowsHowCloseItCame() {
        CallRecord call = TestCalls.call("s2", "rep:王总，续费的事您考虑得怎么样了？",
                "customer:没问题，流程走完下周就签，别家来问过我没理。");
        RuleExplanation why = explainTrialRule(call);
        assertFalse(why.matched(), why.toString());
        why.conditions().getFirst().rejected().forEach(r ->
                assertTrue(r.reason().startsWith("model says"), r.reason()));
    }

    @Test
    void packsNamingAnUnknownLabelModelOrThresholdAreRefusedWithTheField() {
        var e = assertThrows(RuleValidationException.class, () -> RuleLoader.parse("""
                {"pack": "t", "version": "1", "kind": "churn", "rules": [
                  {"id": "a", "category": "price", "conditions": [{"id": "1", "type": "semantic", "label": "weather"}]},
                  {"id": "b", "category": "price", "conditions": [{"id": "1", "type": "semantic", "label": "price", "above": 1.5}]},
                  {"id": "c", "category": "price", "conditions": [{"id": "1", "type": "semantic", "label": "price", "model": "nope"}]}
                ]}""", "p"));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("rule 'a'") && all.contains("has no label \"weather\""), all);
        assertTrue(all.contains("rule 'b'") && all.contains("field 'conditions[0].above'"), all);
        assertTrue(all.contains("rule 'c'") && all.contains("no semantic model 'nope'"), all);
        var path = assertThrows(RuleValidationException.class, () -> RuleLoader.parse("""
                {"pack": "t", "version": "1", "kind": "churn", "rules": [{"id": "d", "category": "price", "conditions": [
                  {"id": "1", "type": "semantic", "label": "price", "model": "../../etc/secret"}]}]}""", "p"));
        assertTrue(String.join("\n", path.problems()).contains("model names are letters"), path.problems().toString());
    }

    @Test
    void aTrainedModelSurvivesWritingAndReading(@TempDir Path dir) throws Exception {
        List<ClauseModelTrainer.Example> examples = List.of(
                new ClauseModelTrainer.Example("合同到期就不续了", true, Set.of("non_renewal")),
                new ClauseModelTrainer.Example("明年我们不打算再签了", true, Set.of("non_renewal")),
                new ClauseModelTrainer.Example("这单今年就停了吧", true, Set.of("non_renewal")),
                new ClauseModelTrainer.Example("合同照签，流程下周走完", true, Set.of()),
                new ClauseModelTrainer.Example("今天天气不错", true, Set.of()),
                new ClauseModelTrainer.Example("报价单我收到了", true, Set.of()));
        ClauseModel trained = ClauseModelTrainer.train("tiny", List.of("non_renewal"), examples,
                SentenceEncoder.builtIn(), JsonMapper.shared().createObjectNode(), (done, toEncode, distinct) -> { });
        trained.write(dir.resolve("tiny.json"));
        System.setProperty("voiceqa.semantic.models", dir.toString());
        ClauseModel read;
        try {
            read = ClauseModel.named("tiny");
        } finally {
            System.clearProperty("voiceqa.semantic.models");
        }
        Map<String, Double> lapse = onlyWindow(trained, "到期就不续约了。");
        Map<String, Double> weather = onlyWindow(trained, "天气倒是不错！");
        assertEquals(lapse.get("non_renewal"), onlyWindow(read, "到期就不续约了。").get("non_renewal"), 1e-3);
        assertEquals(weather.get("non_renewal"), onlyWindow(read, "天气倒是不错！").get("non_renewal"), 1e-3);
        assertTrue(lapse.get("non_renewal") > weather.get("non_renewal"), lapse + " vs " + weather);
    }

    private static Map<String, Double> onlyWindow(ClauseModel model, String text) {
        List<ClauseModel.Scored> scored = model.score(text, true, AdjacentTurn.NONE, AdjacentTurn.NONE);
        assertEquals(1, scored.size(), "a short utterance is one window: " + scored);
        return scored.getFirst().probabilities();
    }
}
