package com.voiceqa.rules.semantic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A seed ensemble of context heads ({@code --head-seeds N}), with the real encoder on a small problem: its first
 * network is the single head, its probability the mean of its networks', its file (format 4) reads back exactly,
 * and the same data give the same file.
 */
class ContextHeadEnsembleTest {

    private static final List<String> TURNS = List.of("我们在试别家的系统", "隔壁那家报价低一些", "合同下周寄过来",
            "发票已经收到了", "那家的售后比你们快", "培训资料看过了", "有别的厂家来找过我们", "装机时间定在周三");
    private static final MlpTrainer.Settings SMALL =
            new MlpTrainer.Settings(8, 4, 0.01, 1e-4, 0.3, 0, 1, 20, 1, 20, 1);
    private static final List<String> LABELS = List.of("competitor");

    private static List<ClauseModelTrainer.Example> examples() {
        List<ClauseModelTrainer.Example> out = new ArrayList<>();
        for (int i = 0; i < TURNS.size(); i++) {
            String turn = TURNS.get(i);
            Set<String> labels = turn.contains("家") ? Set.of("competitor") : Set.of();
            out.add(new ClauseModelTrainer.Example(turn, true, labels, turn,
                    new AdjacentTurn("最近怎么样？", false), AdjacentTurn.NONE, "call-" + i));
        }
        return out;
    }

    private static ContextMlpHead fit(int seeds) {
        return ContextHeadTraining.fit(LABELS, examples(), SentenceEncoder.builtIn(), (done, toEncode, distinct) -> { },
                SMALL, seeds, false);
    }

    private static JsonNode written(ContextMlpHead head) {
        var root = JsonMapper.shared().createObjectNode();
        head.write(root);
        return root;
    }

    private static ClauseHead.Features features(String window) {
        SentenceEncoder encoder = SentenceEncoder.builtIn();
        return new ClauseHead.Features(encoder.encode(window), encoder.encode(window), encoder.encode("最近怎么样"),
                true, false, null, false);
    }

    @Test
    void anEnsembleOfOneIsTheSingleHeadAndItsFirstNetworkTooTheOthersAreAveraged() throws Exception {
        ContextMlpHead single = fit(1);
        ContextMlpHead three = fit(3);
        JsonNode one = written(single);
        JsonNode ensemble = written(three);
        assertEquals(ContextMlpHead.read(one).format(), ClauseModel.FORMAT_CONTEXT_HEAD, "one network stays format 2");
        assertFalse(one.has("networks"));
        assertEquals(3, ensemble.path("networks").size());
        assertEquals(one.path("network"), ensemble.path("networks").get(0), "seed 1 trains the single head's network");
        assertNotEquals(ensemble.path("networks").get(0), ensemble.path("networks").get(1), "seed 2 another");
        for (String window : List.of("我们在试别家的系统", "发票已经收到了")) {
            ClauseHead.Features f = features(window);
            double mean = 0;
            for (JsonNode network : ensemble.path("networks")) {
                double p = new ContextMlpHead(LABELS, List.of(Mlp.read(network)), false).probabilities(f)[0];
                mean += p / 3;
                assertEquals(Mlp.read(network).predict(ContextMlpHead.input(f, false))[0], p, 0,
                        "an ensemble of one answers as its network");
            }
            assertEquals(mean, three.probabilities(f)[0], 1e-12, window);
            assertArrayEquals(single.probabilities(f), new ContextMlpHead(LABELS,
                    List.of(Mlp.read(ensemble.path("networks").get(0))), false).probabilities(f), 0, window);
        }
    }

    @Test
    void anEnsembleModelFileIsFormat4AndRoundTripsExactly(@TempDir Path dir) throws Exception {
        ClauseModel model = new ClauseModel("ctx-three", SentenceEncoder.BUILT_IN_NAME, fit(3), null,
                JsonMapper.shared().createObjectNode(), SentenceEncoder.builtIn());
        Path file = dir.resolve("ctx-three.json");
        model.write(file);
        JsonNode root = JsonMapper.shared().readTree(file.toFile());
        assertEquals(4, root.path("format").asInt(), "older builds (format 3 and before) must refuse it");
        assertEquals("context-mlp", root.path("head").asString());
        ClauseModel read = ClauseModel.read(file).withEncoder(SentenceEncoder.builtIn());
        AdjacentTurn before = new AdjacentTurn("最近怎么样？", false);
        for (String turn : List.of("我们在试别家的系统。", "发票收到了，谢谢。")) {
            assertEquals(model.score(turn, true, before, AdjacentTurn.NONE), read.score(turn, true, before,
                    AdjacentTurn.NONE), turn);
        }
        Path again = dir.resolve("again.json");
        read.write(again);
        assertEquals(Files.readString(file), Files.readString(again), "read and written again, byte for byte");
    }

    @Test
    void theSameDataGiveTheSameEnsembleFile() {
        assertEquals(written(fit(3)), written(fit(3)));
    }

    @Test
    void aSeedEnsembleHasItsOwnTrainingKeyAndOneSeedKeepsTheOldOne() {
        var single = new ClauseModelTrainer.Recipe(HeadKind.CONTEXT_MLP, 0, 1, true, false, false);
        var three = new ClauseModelTrainer.Recipe(HeadKind.CONTEXT_MLP, 0, 3, true, false, false);
        assertFalse(single.describe().contains("ensemble"), single.describe());
        assertTrue(three.describe().contains("ensemble=3 seeds"), three.describe());
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ClauseModelTrainer.Recipe(HeadKind.LINEAR, 0, 3, false, false, false)).getMessage().contains("linear"));
    }
}
