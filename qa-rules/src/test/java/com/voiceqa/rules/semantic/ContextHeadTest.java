package com.voiceqa.rules.semantic;

import com.voiceqa.rules.CallRecord;
import com.voiceqa.rules.RuleEngine;
import com.voiceqa.rules.TestCalls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The context head with the real encoder: the same customer answer is a competitor signal after a question about
 * other suppliers and nothing after a question about an invoice, which a window alone cannot tell apart.
 */
class ContextHeadTest {

    private static final List<String> ABOUT_RIVALS = List.of("是不是在看别家的？", "最近在跟其他供应商比价吧？",
            "听说您在试别人家的系统？", "是不是有别的厂家来找过您？");
    private static final List<String> ABOUT_OTHER_THINGS = List.of("合同您收到了吗？", "发票开好了，您核对一下？",
            "下周三上门装机可以吗？", "培训资料发您邮箱了，看到了吗？");
    private static final List<String> ANSWERS = List.of("对，在比", "是的，在看", "嗯，有这回事", "对，试着呢");
    private static final MlpTrainer.Settings SMALL =
            new MlpTrainer.Settings(16, 8, 0.01, 1e-4, 0.1, 0, 1, 150, 1, 150, 3);

    private static ClauseModel trained() {
        List<ClauseModelTrainer.Example> examples = new ArrayList<>();
        int call = 0;
        for (String answer : ANSWERS) {
            for (int q = 0; q < ABOUT_RIVALS.size(); q++) {
                examples.add(answer(answer, ABOUT_RIVALS.get(q), Set.of("competitor"), "rivals-" + call++));
                examples.add(answer(answer, ABOUT_OTHER_THINGS.get(q), Set.of(), "other-" + call++));
            }
        }
        return tiny("ctx-tiny", "competitor", examples, false);
    }

    /** A one-label context head trained quickly on {@code examples} (shared with {@link NextTurnHeadTest}). */
    static ClauseModel tiny(String name, String label, List<ClauseModelTrainer.Example> examples, boolean readsNext) {
        ContextMlpHead head = ContextHeadTraining.fit(List.of(label), examples, SentenceEncoder.builtIn(),
                (done, toEncode, distinct) -> { }, SMALL, 1, readsNext);
        return new ClauseModel(name, SentenceEncoder.BUILT_IN_NAME, head, null, JsonMapper.shared().createObjectNode(),
                SentenceEncoder.builtIn());
    }

    private static ClauseModelTrainer.Example answer(String answer, String question, Set<String> labels,
                                                     String source) {
        return new ClauseModelTrainer.Example(Clauses.whole(answer), true, labels, answer,
                new AdjacentTurn(question, false), AdjacentTurn.NONE, source);
    }

    @Test
    void aSemanticConditionReadsTheAnswerWithTheQuestionBeforeIt(@TempDir Path dir) throws Exception {
        ClauseModel model = trained();
        model.write(dir.resolve("ctx-tiny.json"));
        System.setProperty("voiceqa.semantic.models", dir.toString());
        try (RuleEngine engine = new RuleEngine(List.of(TestCalls.churnPack("""
                {"id": "asked", "category": "competitor", "conditions": [{"id": "1", "type": "semantic",
                  "model": "ctx-tiny", "label": "competitor", "above": 0.5, "speaker": "customer"}]}""")))) {
            CallRecord rivals = TestCalls.call("c1", "rep:王总，您是不是也在看别家的方案？", "customer:对，在比。");
            CallRecord invoice = TestCalls.call("c2", "rep:王总，上个月的发票收到了吗？", "customer:对，在比。");
            assertTrue(engine.explain("asked", rivals).matched(), engine.explain("asked", rivals).toString());
            assertFalse(engine.explain("asked", invoice).matched(), engine.explain("asked", invoice).toString());
        } finally {
            System.clearProperty("voiceqa.semantic.models");
        }
    }

    @Test
    void theModelFileRoundTripsExactlyAndSaysItsFormat(@TempDir Path dir) throws Exception {
        ClauseModel model = trained();
        Path file = dir.resolve("ctx.json");
        model.write(file);
        ClauseModel read = ClauseModel.read(file).withEncoder(SentenceEncoder.builtIn());
        var root = JsonMapper.shared().readTree(file.toFile());
        assertEquals(2, root.path("format").asInt(), "a context head alone stays format 2, which older builds read");
        assertEquals("context-mlp", root.path("head").asString());
        assertEquals(HeadKind.CONTEXT_MLP, read.head());
        AdjacentTurn question = new AdjacentTurn("是不是在看别家的？", false);
        assertEquals(model.score("对，在比。", true, question, AdjacentTurn.NONE),
                read.score("对，在比。", true, question, AdjacentTurn.NONE));
        assertEquals(model.score("对，在比。", true, AdjacentTurn.NONE, AdjacentTurn.NONE),
                read.score("对，在比。", true, AdjacentTurn.NONE, AdjacentTurn.NONE),
                "the first turn of a call has nothing before it");
    }

    @Test
    void aModelFileOfANewerFormatIsRefusedWithWhatToDo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("future.json");
        java.nio.file.Files.writeString(file, """
                {"name": "future", "encoder": "%s", "format": 9, "head": "transformer"}"""
                .formatted(SentenceEncoder.BUILT_IN_NAME));
        var e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> ClauseModel.read(file));
        assertTrue(e.getMessage().contains("format 9") && e.getMessage().contains("update VoiceQA"), e.getMessage());
    }
}
