package com.voiceqa.rules.semantic;

import com.voiceqa.core.Segment;
import com.voiceqa.rules.AlertEvent;
import com.voiceqa.rules.CallRecord;
import com.voiceqa.rules.LiveEvaluation;
import com.voiceqa.rules.RuleEngine;
import com.voiceqa.rules.TestCalls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A context head that reads the turn after the window's ({@code train-semantic --next-turn}), with the real encoder:
 * the same polite hedge is a price signal when the rep answers it with a discount and nothing when the rep answers
 * it with the next delivery, which neither the hedge nor the question before it can tell.
 */
class NextTurnHeadTest {

    private static final List<String> DISCOUNT_REPLIES = List.of("是不是觉得价格高了？我帮您申请个折扣。",
            "价格方面我再跟领导争取一下优惠。", "要是嫌贵，我们可以按老客户价给您算。", "我回去申请一下降价，您看行吗？");
    private static final List<String> ROUTINE_REPLIES = List.of("好的，那下周三照常给您送货。", "行，发票我今天就寄出去。",
            "好嘞，培训安排在周五上午。", "那我先把合同快递给您。");
    private static final List<String> HEDGES = List.of("嗯，我再考虑考虑", "回头再说吧", "我们内部再商量一下", "先这样吧");
    private static final AdjacentTurn QUESTION = new AdjacentTurn("明年的续约您看怎么安排？", false);

    private static ClauseModel trained() {
        List<ClauseModelTrainer.Example> examples = new ArrayList<>();
        int call = 0;
        for (String hedge : HEDGES) {
            for (int r = 0; r < DISCOUNT_REPLIES.size(); r++) {
                examples.add(hedge(hedge, DISCOUNT_REPLIES.get(r), Set.of("price"), "discount-" + call++));
                examples.add(hedge(hedge, ROUTINE_REPLIES.get(r), Set.of(), "routine-" + call++));
            }
        }
        return ContextHeadTest.tiny("next-tiny", "price", examples, true);
    }

    private static ClauseModelTrainer.Example hedge(String hedge, String reply, Set<String> labels, String source) {
        return new ClauseModelTrainer.Example(Clauses.whole(hedge), true, labels, hedge, QUESTION,
                new AdjacentTurn(reply, false), source);
    }

    @Test
    void aSemanticConditionReadsTheTurnWithTheReplyAfterIt(@TempDir Path dir) throws Exception {
        trained().write(dir.resolve("next-tiny.json"));
        System.setProperty("voiceqa.semantic.models", dir.toString());
        try (RuleEngine engine = new RuleEngine(List.of(TestCalls.churnPack("""
                {"id": "priced", "category": "price", "conditions": [{"id": "1", "type": "semantic",
                  "model": "next-tiny", "label": "price", "above": 0.5, "speaker": "customer"}]}""")))) {
            CallRecord discount = TestCalls.call("c1", "rep:明年的续约您看怎么安排？", "customer:嗯，我再考虑考虑。",
                    "rep:是不是觉得价格高了？我帮您申请个折扣。");
            CallRecord routine = TestCalls.call("c2", "rep:明年的续约您看怎么安排？", "customer:嗯，我再考虑考虑。",
                    "rep:好的，那下周三照常给您送货。");
            assertTrue(engine.explain("priced", discount).matched(), engine.explain("priced", discount).toString());
            assertFalse(engine.explain("priced", routine).matched(), engine.explain("priced", routine).toString());
        } finally {
            System.clearProperty("voiceqa.semantic.models");
        }
    }

    @Test
    void aLiveCallRereadsAnUtteranceWhenItsReplyArrives(@TempDir Path dir) throws Exception {
        trained().write(dir.resolve("next-tiny.json"));
        System.setProperty("voiceqa.semantic.models", dir.toString());
        List<AlertEvent> alerts = new CopyOnWriteArrayList<>();
        try (RuleEngine engine = new RuleEngine(List.of(TestCalls.churnPack("""
                {"id": "priced", "category": "price", "severity": "high", "conditions": [{"id": "1",
                  "type": "semantic", "model": "next-tiny", "label": "price", "above": 0.5, "speaker": "customer"}]}""")))) {
            LiveEvaluation live = engine.live("live-next", alerts::add);
            live.onSegment(new Segment("rep", 0, 2, "明年的续约您看怎么安排？", List.of()));
            live.onSegment(new Segment("customer", 2.5, 4, "嗯，我再考虑考虑。", List.of()));
            assertTrue(alerts.isEmpty(), "before the reply, the hedge alone says nothing: " + alerts);
            live.onSegment(new Segment("rep", 4.5, 7, "是不是觉得价格高了？我帮您申请个折扣。", List.of()));
            assertEquals(1, alerts.size(), alerts.toString());
            assertEquals(1, alerts.getFirst().hit().evidence().getFirst().utterance(), "the hedge, read with its reply");
        } finally {
            System.clearProperty("voiceqa.semantic.models");
        }
    }

    @Test
    void theModelFileIsFormat5AndRoundTripsExactly(@TempDir Path dir) throws Exception {
        ClauseModel model = trained();
        Path file = dir.resolve("next.json");
        model.write(file);
        var root = JsonMapper.shared().readTree(file.toFile());
        assertEquals(5, root.path("format").asInt(), "older builds must refuse a head whose next-turn inputs they"
                + " would not fill");
        assertTrue(root.path("nextTurn").asBoolean());
        ClauseModel read = ClauseModel.read(file).withEncoder(SentenceEncoder.builtIn());
        assertTrue(read.readsNext());
        for (AdjacentTurn reply : List.of(new AdjacentTurn("价格方面我再跟领导争取一下优惠。", false), AdjacentTurn.NONE)) {
            assertEquals(model.score("嗯，我再考虑考虑。", true, QUESTION, reply),
                    read.score("嗯，我再考虑考虑。", true, QUESTION, reply), reply.text());
        }
    }
}
