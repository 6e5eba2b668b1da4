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

/**
 * The clause model's reading by sound: blind to homophones, learns, survives its model file, and with negation marks
 * tells a negated word from the same word said plainly.
 */
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
        PinyinNgramModel model = PinyinNgramTrainer.fit(List.of("price"), toy(2000, 1), false, line -> { });
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
                PinyinNgramTrainer.fit(List.of("price"), toy(2000, 1), false, line -> { })
                        .probabilities("下周上门装机", true)[0], 0, "seeded: the same examples give the same model");
    }

    @Test
    void aModelWithPinyinNgramsRoundTripsItsFileAsFormat3(@TempDir Path dir) throws Exception {
        List<ClauseModelTrainer.Example> examples = new ArrayList<>(toy(60, 4));
        ClauseModel trained = ClauseModelTrainer.train("tiny-sound", List.of("price"), examples,
                SentenceEncoder.builtIn(), JsonMapper.shared().createObjectNode(), (done, toEncode, distinct) -> { },
                new ClauseModelTrainer.Recipe(HeadKind.LINEAR, 0, 1, true, false, false));
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

    @Test
    void negationMarksAddFeaturesOnlyWhereANegationGoverns() {
        for (String plain : List.of("我们下个月从别家进货", "别家的报价我们看过了", "差不多下周送到")) {
            PinyinNgrams.Vector without = PinyinNgrams.of(plain, false);
            PinyinNgrams.Vector with = PinyinNgrams.of(plain, true);
            assertArrayEquals(without.index(), with.index(), plain + ": no cue (别家, 差不多 are no negation)");
            assertArrayEquals(without.value(), with.value(), plain);
        }
        String negated = "我不会再从别家进货了";
        assertEquals(PinyinNgrams.of(negated).index().length, PinyinNgrams.of(negated, false).index().length);
        assertTrue(PinyinNgrams.of(negated, true).index().length > PinyinNgrams.of(negated, false).index().length,
                "the n-grams after 不会再 are counted again, marked");
    }

    /**
     * Label: a rival (别家) named plainly; not when a negation cue one to three characters before governs it. Both kinds
     * of window are as long and have filler around a 不 (out of the rival's reach in the plain ones), so plain n-grams
     * separate them only where one filler character stands between the cue and 从; the marked ones everywhere.
     */
    private static List<ClauseModelTrainer.Example> rivals(int n, long seed) {
        String filler = "我们下个月那个就是说发票上门装机培训资料";
        SplittableRandom r = new SplittableRandom(seed);
        List<ClauseModelTrainer.Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean rival = r.nextBoolean();
            String gap = fill(filler, 1 + r.nextInt(3), r);
            String text = rival
                    ? gap + "从别家进货" + fill(filler, 7, r) + "不" + fill(filler, 2, r)
                    : fill(filler, 2, r) + "不" + gap + "从别家进货" + fill(filler, 7, r);
            out.add(new ClauseModelTrainer.Example(text, true, rival ? Set.of("competitor") : Set.of()));
        }
        return out;
    }

    private static String fill(String filler, int length, SplittableRandom r) {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < length; c++) {
            out.append(filler.charAt(r.nextInt(filler.length())));
        }
        return out.toString();
    }

    @Test
    void withNegationMarksALinearReaderTellsANegatedRivalFromARival() {
        List<ClauseModelTrainer.Example> test = rivals(200, 6);
        int[] right = new int[2];
        for (int marks = 0; marks < 2; marks++) {
            PinyinNgramModel model = PinyinNgramTrainer.fit(List.of("competitor"), rivals(2000, 5), marks == 1,
                    line -> { });
            assertEquals(marks == 1, model.negationMarks());
            for (ClauseModelTrainer.Example e : test) {
                boolean said = model.probabilities(e.text(), true)[0] > 0.5;
                right[marks] += said == e.labels().contains("competitor") ? 1 : 0;
            }
        }
        assertTrue(right[1] >= 196, "with marks " + right[1] + " of 200 right");
        assertTrue(right[1] > right[0] + 20, "with marks " + right[1] + ", without " + right[0]);
    }

    @Test
    void negationMarksRoundTripTheModelFileAndAnOlderFileReadsWithout(@TempDir Path dir) throws Exception {
        ClauseModel trained = ClauseModelTrainer.train("tiny-marks", List.of("competitor"), rivals(60, 7),
                SentenceEncoder.builtIn(), JsonMapper.shared().createObjectNode(), (done, toEncode, distinct) -> { },
                new ClauseModelTrainer.Recipe(HeadKind.LINEAR, 0, 1, true, true, false));
        Path file = dir.resolve("tiny-marks.json");
        trained.write(file);
        var root = JsonMapper.shared().readTree(file.toFile());
        assertTrue(root.path(PinyinNgramModel.FIELD).path("negation").asBoolean(), "stored");
        ClauseModel read = ClauseModel.read(file).withEncoder(SentenceEncoder.builtIn());
        String text = "我不会再从别家进货了";
        assertEquals(trained.score(text, true, AdjacentTurn.NONE, AdjacentTurn.NONE).getFirst().probabilities()
                .get("competitor"), read.score(text, true, AdjacentTurn.NONE, AdjacentTurn.NONE).getFirst()
                .probabilities().get("competitor"), 1e-3);
        ((tools.jackson.databind.node.ObjectNode) root.path(PinyinNgramModel.FIELD)).remove("negation");
        assertFalse(PinyinNgramModel.read(root).negationMarks(), "a file written before the marks reads without them");
    }

    @Test
    void negationMarksAreARecipeOfTheirOwnAndOnlyOfPinyinNgrams() {
        var marked = new ClauseModelTrainer.Recipe(HeadKind.LINEAR, 0, 1, true, true, false);
        var plain = new ClauseModelTrainer.Recipe(HeadKind.LINEAR, 0, 1, true, false, false);
        assertTrue(marked.describe().contains("negation-marked"), "a stored fold model is not reused across them");
        assertFalse(plain.describe().contains("negation"), "models stored before the marks keep their keys");
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ClauseModelTrainer.Recipe(HeadKind.LINEAR, 0, 1, false, true, false)).getMessage()
                .contains("pinyin n-grams"));
    }
}
