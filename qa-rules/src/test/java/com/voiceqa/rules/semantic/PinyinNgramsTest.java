package com.voiceqa.rules.semantic;

import com.voiceqa.rules.channel.Homophones;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The clause model's reading by sound: blind to homophones, learns, and survives its model file. */
class PinyinNgramsTest {

    private static final String WINDOW = "明年合同到期就不续了价格太贵我们在看别家的报价";

    @Test
    void aHomophoneSubstitutionLeavesEveryFeatureUnchangedAndADeletionDoesNot() {
        SplittableRandom random = new SplittableRandom(3);
        StringBuilder heard = new StringBuilder();
        for (char c : WINDOW.toCharArray()) {
            Character swapped = Homophones.common().substitute(c, random);
            heard.append(swapped == null ? c : swapped);
        }
        assertNotEquals(WINDOW, heard.toString());
        PinyinNgrams.Vector clean = PinyinNgrams.of(WINDOW);
        PinyinNgrams.Vector garbled = PinyinNgrams.of(heard.toString());
        assertArrayEquals(clean.index(), garbled.index(), heard.toString());
        assertArrayEquals(clean.value(), garbled.value(), heard.toString());
        double norm = 0;
        for (float v : clean.value()) {
            norm += v * v;
        }
        assertEquals(1, norm, 1e-5);
        PinyinNgrams.Vector deleted = PinyinNgrams.of(WINDOW.replace("报", ""));
        assertFalse(java.util.Arrays.equals(clean.index(), deleted.index())
                && java.util.Arrays.equals(clean.value(), deleted.value()));
        assertEquals(0, PinyinNgrams.of("OK 123").index().length, "nothing Chinese, no features");
    }

    /** Label: the window says 贵 (gui) anywhere; every other character is filler from a pool without that sound. */
    private static List<ClauseModelTrainer.Example> toy(int n, long seed) {
        String filler = "明年合同到期就不续了我们在看别家的报价发票下周上门装机培训资料邮箱";
        SplittableRandom r = new SplittableRandom(seed);
        List<ClauseModelTrainer.Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                text.append(filler.charAt(r.nextInt(filler.length())));
            }
            boolean expensive = r.nextBoolean();
            if (expensive) {
                text.insert(r.nextInt(text.length() + 1), '贵');
            }
            out.add(new ClauseModelTrainer.Example(text.toString(), true, expensive ? Set.of("price") : Set.of()));
        }
        return out;
    }

    @Test
    void theTrainerLearnsASeparableCaseAndReadsItsHomophonesAlike() {
        PinyinNgramModel model = PinyinNgramTrainer.fit(List.of("price"), toy(2000, 1), line -> { });
        int right = 0;
        List<ClauseModelTrainer.Example> test = toy(200, 2);
        for (ClauseModelTrainer.Example e : test) {
            boolean said = model.probabilities(e.text(), true)[0] > 0.5;
            right += said == e.labels().contains("price") ? 1 : 0;
        }
        assertTrue(right >= 196, right + " of 200 right");
        // 跪 sounds like 贵: a recognizer's substitution is read the same
        assertEquals(model.probabilities("合同太贵了", true)[0], model.probabilities("合同太跪了", true)[0], 1e-12);
        assertEquals(model.probabilities("下周上门装机", true)[0],
                PinyinNgramTrainer.fit(List.of("price"), toy(2000, 1), line -> { })
                        .probabilities("下周上门装机", true)[0], 0, "seeded: the same examples give the same model");
    }

    @Test
    void aModelWithPinyinNgramsRoundTripsItsFileAsFormat3(@TempDir Path dir) throws Exception {
        List<ClauseModelTrainer.Example> examples = new ArrayList<>(toy(60, 4));
        ClauseModel trained = ClauseModelTrainer.train("tiny-sound", List.of("price"), examples,
                SentenceEncoder.builtIn(), JsonMapper.shared().createObjectNode(), (done, toEncode, distinct) -> { },
                new ClauseModelTrainer.Recipe(HeadKind.LINEAR, 0, 1, true, false));
        Path file = dir.resolve("tiny-sound.json");
        trained.write(file);
        var root = JsonMapper.shared().readTree(file.toFile());
        assertEquals(3, root.path("format").asInt());
        assertEquals("linear", root.path("head").asString());
        assertTrue(root.has(PinyinNgramModel.FIELD));
        ClauseModel read = ClauseModel.read(file).withEncoder(SentenceEncoder.builtIn());
        for (String text : List.of("合同太贵了", "下周上门装机")) {
            double before = trained.score(text, true, AdjacentTurn.NONE, AdjacentTurn.NONE).getFirst().probabilities().get("price");
            double after = read.score(text, true, AdjacentTurn.NONE, AdjacentTurn.NONE).getFirst().probabilities().get("price");
            assertEquals(before, after, 1e-3, text);
        }
        Path again = dir.resolve("again.json");
        read.write(again);
        assertEquals(root.path(PinyinNgramModel.FIELD), JsonMapper.shared().readTree(again.toFile())
                .path(PinyinNgramModel.FIELD), "the n-gram weights are stored exactly");
    }
}
