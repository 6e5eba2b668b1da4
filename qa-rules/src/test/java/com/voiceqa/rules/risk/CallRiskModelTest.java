package com.voiceqa.rules.risk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.voiceqa.rules.risk.CallRiskModel.Unreported.LIKELIEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class CallRiskModelTest {

    public static final List<String> CATEGORIES = List.of("price", "competitor", "service");

    /** A call whose only finding is one category's, with the clause model's top probability for it. */
    static CallSignals call(String category, int high, int highCued, int low, double top, int utterances) {
        List<CategorySignals> categories = new ArrayList<>();
        for (String c : CATEGORIES) {
            boolean it = c.equals(category);
            categories.add(new CategorySignals(c, it ? high : 0, it ? highCued : 0, 0, it ? low : 0, 0,
                    it ? top : 0.05, it ? top / 2 : 0.02, it && top > 0.7 ? 1 : 0, it ? List.of(3) : List.of(), null));
        }
        double gate = high + highCued > 0 ? 6 : low > 0 ? 1 : 0;
        return new CallSignals(utterances, 0.2, 0, gate, categories);
    }

    /** Gold signals of these categories, each at turn 3 (where {@link #call} puts its finding). */
    static Map<String, Set<Integer>> labeled(String... categories) {
        Map<String, Set<Integer>> out = new HashMap<>();
        for (String c : categories) {
            out.put(c, Set.of(3));
        }
        return out;
    }

    /**
     * What the labels say: a switch said outright is high, a switch turned down is nothing, a lone gripe is low,
     * whatever the clause model's probability (it spans the same range in all three), so the cue has to decide.
     */
    public static List<CallRiskTrainer.Example> examples() {
        List<CallRiskTrainer.Example> out = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int n = 2 + i;
            double top = 0.2 + i * 0.065;
            out.add(new CallRiskTrainer.Example(call("competitor", 1, 0, 0, top, n), 3, labeled("competitor")));
            out.add(new CallRiskTrainer.Example(call("competitor", 0, 1, 0, top, n), 0, labeled()));
            out.add(new CallRiskTrainer.Example(call("price", 0, 0, 1, top, n), 1, labeled("price")));
            out.add(new CallRiskTrainer.Example(call(null, 0, 0, 0, 0, n), 0, labeled()));
        }
        return out;
    }

    @Test
    void aHardNegativeReportsNothingAndALoneWeakSignalIsLowWithItsCategory() {
        CallRiskModel model = CallRiskTrainer.train("t", "test", CATEGORIES, examples());

        CallRiskModel.Decision turnedDown = model.decide(call("competitor", 0, 1, 0, 0.25, 14));
        assertEquals(0, turnedDown.level());
        assertEquals(List.of(), turnedDown.reported());

        CallRiskModel.Decision lone = model.decide(call("price", 0, 0, 1, 0.8, 14));
        assertEquals(1, lone.level());
        assertEquals(List.of("price"), lone.reported());

        CallRiskModel.Decision switching = model.decide(call("competitor", 1, 0, 0, 0.95, 14));
        assertEquals(3, switching.level());
        assertEquals(List.of("competitor"), switching.reported());
    }

    /**
     * The guide's level depends on which category is raised: here one weak finding is labeled medium when it is about
     * service and low when it is about price, with the same sums over categories, which only the level's
     * per-category inputs can tell apart.
     */
    @Test
    void theLevelTellsCategoriesApartWhereTheirSumsAreTheSame() {
        List<CallRiskTrainer.Example> examples = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            double top = 0.6 + i * 0.03;
            examples.add(new CallRiskTrainer.Example(call("service", 0, 0, 1, top, 10 + i), 2, labeled("service")));
            examples.add(new CallRiskTrainer.Example(call("price", 0, 0, 1, top, 10 + i), 1, labeled("price")));
            examples.add(new CallRiskTrainer.Example(call(null, 0, 0, 0, 0, 10 + i), 0, labeled()));
        }
        CallRiskModel model = CallRiskTrainer.train("t", "test", CATEGORIES, examples);
        assertEquals(new CallRiskModel.Decision(2, List.of("service"), Map.of("service", List.of(3))),
                model.decide(call("service", 0, 0, 1, 0.75, 14)));
        assertEquals(new CallRiskModel.Decision(1, List.of("price"), Map.of("price", List.of(3))),
                model.decide(call("price", 0, 0, 1, 0.75, 14)));
    }

    /**
     * A service complaint said at turn 3 (a medium finding, the clause model sure of it) and echoed at turn 5 (a weak
     * finding, the model unsure): the labels point at the complaint, and at both turns when both are medium. The
     * turn logistic learns to leave the echo out; the category, its level and its likeliest turn stay.
     */
    @Test
    void aReportedCategoryPointsAtItsLikeliestTurnsAndLeavesTheWeakEchoOut() {
        List<CallRiskTrainer.Example> examples = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            double sure = 0.8 + i * 0.015;
            examples.add(new CallRiskTrainer.Example(serviceAt(sure, 0.35 + i * 0.02, false), 2,
                    Map.of("service", Set.of(3))));
            examples.add(new CallRiskTrainer.Example(serviceAt(sure, sure - 0.05, true), 2,
                    Map.of("service", Set.of(3, 5))));
            examples.add(new CallRiskTrainer.Example(call(null, 0, 0, 0, 0, 10 + i), 0, labeled()));
        }
        CallRiskModel model = CallRiskTrainer.train("t", "test", CATEGORIES, examples);
        assertEquals(Map.of("service", List.of(3)), model.decide(serviceAt(0.9, 0.45, false)).turns());
        assertEquals(Map.of("service", List.of(3, 5)), model.decide(serviceAt(0.9, 0.85, true)).turns());
        assertEquals(2, model.decide(serviceAt(0.9, 0.45, false)).level());

        CallRiskModel everyTurn = CallRiskTrainer.fit(CATEGORIES, examples, false,
                CallRiskTrainer.LevelKind.ORDINAL).model("t", "test", 0.15, null, LIKELIEST);
        assertEquals(null, everyTurn.turn());
        assertEquals(Map.of("service", List.of(3, 5)), everyTurn.decide(serviceAt(0.9, 0.45, false)).turns());
    }

    /** Service found at turns 3 (medium, probability {@code first}) and 5 (medium or low, {@code echo}). */
    private static CallSignals serviceAt(double first, double echo, boolean echoMedium) {
        List<CategorySignals> categories = new ArrayList<>();
        for (String c : CATEGORIES) {
            if (!c.equals("service")) {
                categories.add(new CategorySignals(c, 0, 0, 0, 0, 0, 0.05, 0.02, 0, List.of(), null));
                continue;
            }
            List<TurnSignals> turns = List.of(new TurnSignals(3, true, 0, 0, 1, 0, 0, first),
                    new TurnSignals(5, true, 0, 0, echoMedium ? 1 : 0, echoMedium ? 0 : 1, 0, echo));
            categories.add(new CategorySignals(c, 0, 0, echoMedium ? 2 : 1, echoMedium ? 0 : 1, 0, first, echo,
                    1, List.of(3, 5), turns));
        }
        return new CallSignals(14, 0.3, 0, 3, categories);
    }

    /**
     * The same labels as {@link #aHardNegativeReportsNothingAndALoneWeakSignalIsLowWithItsCategory}, read by a
     * softmax level.
     */
    @Test
    void aSoftmaxLevelReadsTheSameLabelsAndKeepsItsBudgetOnTheRiskFreeTrainingCalls() {
        CallRiskTrainer.Fit fit = CallRiskTrainer.fit(CATEGORIES, examples(), true,
                CallRiskTrainer.LevelKind.MULTINOMIAL);
        CallRiskModel model = fit.model("t", "test", 0.15, null, LIKELIEST);
        assertEquals(null, model.level());
        assertEquals(0, model.decide(call("competitor", 0, 1, 0, 0.25, 14)).level());
        assertEquals(new CallRiskModel.Decision(1, List.of("price"), Map.of("price", List.of(3))),
                model.decide(call("price", 0, 0, 1, 0.8, 14)));
        assertEquals(3, model.decide(call("competitor", 1, 0, 0, 0.95, 14)).level());

        CallRiskModel noAlarm = fit.model("t", "test", 0, null, LIKELIEST);
        double below = noAlarm.softmaxLevel().noneBelow();
        for (CallRiskTrainer.Example e : examples()) {
            if (e.level() == 0) {
                assertEquals(0, noAlarm.decide(e.signals()).level(), "a budget of 0 alarms on no risk-free call");
                assertTrue(noAlarm.softmaxLevel().probabilities(RiskFeatures.level(e.signals()))[0] >= below);
            }
        }
    }

    /** Hand-made scores: probabilities of none, low, medium, high in the ratio 3 : 1 : 4 : 2. */
    @Test
    void aSoftmaxCallIsAtRiskOnlyBelowTheNoneThresholdAndThenAtItsLikeliestLevel() {
        int n = RiskFeatures.levelNames(CATEGORIES).size();
        List<Linear> scores = java.util.stream.DoubleStream.of(3, 1, 4, 2)
                .mapToObj(r -> new Linear(new double[n], ones(n), new double[n], Math.log(r))).toList();
        double[] x = new double[n];
        double[] floor = new double[n];
        double[] ceiling = ones(n);
        assertEquals(0.3, new SoftmaxLevel(scores, 0.5, floor, ceiling).probabilities(x)[0], 1e-12);
        assertEquals(2, new SoftmaxLevel(scores, 0.5, floor, ceiling).level(x), "medium, the likeliest level at risk");
        assertEquals(0, new SoftmaxLevel(scores, 0.3, floor, ceiling).level(x), "0.3 is not below 0.3");
        List<Linear> noneLikeliest = java.util.stream.DoubleStream.of(5, 1, 3, 1)
                .mapToObj(r -> new Linear(new double[n], ones(n), new double[n], Math.log(r))).toList();
        assertEquals(0, new SoftmaxLevel(noneLikeliest, 0.9, floor, ceiling).level(x),
                "never at risk when none is likeliest");
        IllegalArgumentException three = assertThrows(IllegalArgumentException.class,
                () -> new SoftmaxLevel(scores.subList(0, 3), 0.5, floor, ceiling));
        assertTrue(three.getMessage().contains("one score per risk level"), three.getMessage());
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> new SoftmaxLevel(scores, 0.5, new double[1], ceiling));
        assertTrue(range.getMessage().contains("training range"), range.getMessage());
    }

    /**
     * An input beyond its training range is read at the range's edge: here low's score grows with input 0, seen
     * between 0 and 1 in training, so a call at 5 is read like a call at 1, not five times as low.
     */
    @Test
    void aSoftmaxLevelReadsAnInputOutsideItsTrainingRangeAtTheRangesEdge() {
        int n = RiskFeatures.levelNames(CATEGORIES).size();
        double[] lowWeights = new double[n];
        lowWeights[0] = 2;
        List<Linear> scores = List.of(new Linear(new double[n], ones(n), new double[n], 3),
                new Linear(new double[n], ones(n), lowWeights, 0), new Linear(new double[n], ones(n), new double[n], 0),
                new Linear(new double[n], ones(n), new double[n], 0));
        SoftmaxLevel level = new SoftmaxLevel(scores, 0.5, new double[n], ones(n));
        double[] atEdge = new double[n];
        atEdge[0] = 1;
        double[] beyond = new double[n];
        beyond[0] = 5;
        assertEquals(level.probabilities(atEdge)[1], level.probabilities(beyond)[1], 1e-12);
        assertEquals(0, level.level(beyond), "read at 1, none stays likeliest");
    }

    @Test
    void aModelHasAnOrdinalLevelOrASoftmaxNotBoth() {
        CallRiskModel ordinal = CallRiskTrainer.train("t", "test", CATEGORIES, examples());
        CallRiskModel softmax = CallRiskTrainer.fit(CATEGORIES, examples(), true,
                CallRiskTrainer.LevelKind.MULTINOMIAL).model("t", "test", 0.15, null, LIKELIEST);
        IllegalArgumentException both = assertThrows(IllegalArgumentException.class, () -> new CallRiskModel("t",
                "test", CATEGORIES, ordinal.levelFeatures(), ordinal.level(), ordinal.cuts(), softmax.softmaxLevel(),
                ordinal.signalFeatures(), ordinal.signal(), ordinal.threshold(), null, null, null, ordinal.turnFeatures(),
                ordinal.turn(), ordinal.turnThreshold(), Map.of()));
        assertTrue(both.getMessage().contains("no ordinal score"), both.getMessage());
        IllegalArgumentException neither = assertThrows(IllegalArgumentException.class, () -> new CallRiskModel("t",
                "test", CATEGORIES, ordinal.levelFeatures(), null, null, null, ordinal.signalFeatures(),
                ordinal.signal(), ordinal.threshold(), null, null, null, ordinal.turnFeatures(), ordinal.turn(),
                ordinal.turnThreshold(), Map.of()));
        assertTrue(neither.getMessage().contains("or a softmax level"), neither.getMessage());
    }

    @Test
    void aCallWithoutAnyFindingIsRiskFreeWhateverTheScore() {
        CallRiskModel model = CallRiskTrainer.train("t", "test", CATEGORIES, examples());
        CallSignals nothing = call(null, 0, 0, 0, 0, 14);
        assertEquals(CallRiskModel.Decision.NONE, model.decide(nothing));
    }

    @ParameterizedTest
    @EnumSource(CallRiskTrainer.LevelKind.class)
    void trainingIsDeterministicAndTheWrittenModelLoadsByName(CallRiskTrainer.LevelKind kind, @TempDir Path dir)
            throws Exception {
        CallRiskModel a = CallRiskTrainer.fit(CATEGORIES, examples(), true, kind).model("t", "test", 0.15, null,
                LIKELIEST);
        CallRiskModel b = CallRiskTrainer.fit(CATEGORIES, examples(), true, kind).model("t", "test", 0.15, null,
                LIKELIEST);
        a.write(dir.resolve("a.json"));
        // loaded models are cached by name: one name per kind
        String name = "risk-roundtrip-" + kind.name().toLowerCase(java.util.Locale.ROOT);
        b.write(dir.resolve(name + ".json"));
        assertEquals(Files.readString(dir.resolve("a.json")), Files.readString(dir.resolve(name + ".json")));
        System.setProperty("voiceqa.semantic.models", dir.toString());
        try {
            CallRiskModel read = CallRiskModel.named(name);
            assertEquals(kind == CallRiskTrainer.LevelKind.MULTINOMIAL, read.softmaxLevel() != null);
            for (CallRiskTrainer.Example e : examples()) {
                assertEquals(a.decide(e.signals()), read.decide(e.signals()));
            }
        } finally {
            System.clearProperty("voiceqa.semantic.models");
        }
    }

    @Test
    void aModelForOtherFeaturesOrAPathInsteadOfANameIsRefusedWithWhatToDo() {
        CallRiskModel m = CallRiskTrainer.train("t", "test", CATEGORIES, examples());
        IllegalArgumentException stale = assertThrows(IllegalArgumentException.class, () -> new CallRiskModel(m.name(),
                m.version(), m.categories(), List.of("gate_sum"), m.level(), m.cuts(), null, m.signalFeatures(),
                m.signal(), m.threshold(), null, m.lowThreshold(), null, m.turnFeatures(), m.turn(), m.turnThreshold(),
                m.training()));
        assertTrue(stale.getMessage().contains("retrain it with ./voiceqa cv-risk --out"), stale.getMessage());
        IllegalArgumentException path = assertThrows(IllegalArgumentException.class,
                () -> CallRiskModel.named("../../etc/passwd"));
        assertTrue(path.getMessage().contains("letters, digits"), path.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> CallRiskModel.named("no-such-risk-model"));
        assertTrue(missing.getMessage().contains("no risk model 'no-such-risk-model'"), missing.getMessage());
    }

    @Test
    void aCueNextToTheEvidenceMarksAHardNegativeButNotOneFarAway() {
        String turnedDown = "那家让我们免费试用，我们没要";
        int trial = turnedDown.indexOf("试用");
        assertTrue(HardNegativeCues.near(turnedDown, trial, trial + 2));
        String far = "那家让我们免费试用一个月看看效果再说吧老实讲其实我们以前也用过别的";
        int at = far.indexOf("试用");
        assertEquals(false, HardNegativeCues.near(far, at, at + 2));
    }

    /**
     * Early warning, on a model made by hand: the level leaves every call at none (its none|low cut met the low|medium
     * cut), and the reporting logistic says 0.75 for a lone uncued weak finding and 0.05 for one next to a cue.
     */
    @Test
    void earlyWarningMakesALoneWeakSignalLowWithItsCategoryAndLeavesAHardNegativeRiskFree() {
        CallSignals lone = lowFinding("price", false);
        CallSignals turnedDown = lowFinding("competitor", true);
        assertEquals(CallRiskModel.Decision.NONE, handMade(null).decide(lone), "no early warning");
        assertEquals(new CallRiskModel.Decision(1, List.of("price"), Map.of("price", List.of(2))),
                handMade(0.6).decide(lone));
        assertEquals(CallRiskModel.Decision.NONE, handMade(0.6).decide(turnedDown));
        assertEquals(CallRiskModel.Decision.NONE, handMade(0.8).decide(lone), "0.75 is under 0.8");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> handMade(1.5));
        assertTrue(e.getMessage().contains("early-warning threshold"), e.getMessage());
    }

    static CallSignals lowFinding(String category, boolean cued) {
        List<CategorySignals> categories = new ArrayList<>();
        for (String c : CATEGORIES) {
            boolean it = c.equals(category);
            categories.add(new CategorySignals(c, 0, 0, 0, it && !cued ? 1 : 0, it && cued ? 1 : 0, it ? 0.6 : 0.05,
                    0.02, 0, it ? List.of(2) : List.of(), null));
        }
        return new CallSignals(12, 0.2, 0, 1, categories);
    }

    /**
     * A call the level puts at risk whose only category the reporting logistic reads at 0.05, under its 0.5 threshold
     * (a weak finding next to a cue), beside one it reads at 0.75: what {@link CallRiskModel.Unreported} says.
     */
    @Test
    void aCallAtRiskWithNoCategoryAtTheReportingThresholdBecomesWhatUnreportedSays() {
        CallSignals turnedDown = lowFinding("competitor", true);
        CallSignals lone = lowFinding("price", false);
        double[] low = {-1, 0.5, 2};
        double[] medium = {-2, -1, 2};
        CallRiskModel.Decision competitorAtLow = new CallRiskModel.Decision(1, List.of("competitor"),
                Map.of("competitor", List.of(2)));
        assertEquals(competitorAtLow, handMade(low, null, LIKELIEST).decide(turnedDown),
                "the likeliest category stands in");
        assertEquals(CallRiskModel.Decision.NONE,
                handMade(low, null, CallRiskModel.Unreported.NONE_AT_LOW).decide(turnedDown));
        assertEquals(new CallRiskModel.Decision(2, List.of("competitor"), Map.of("competitor", List.of(2))),
                handMade(medium, null, CallRiskModel.Unreported.NONE_AT_LOW).decide(turnedDown), "above low it stays");
        assertEquals(CallRiskModel.Decision.NONE,
                handMade(medium, null, CallRiskModel.Unreported.NONE).decide(turnedDown));
        assertEquals(new CallRiskModel.Decision(1, List.of("price"), Map.of("price", List.of(2))),
                handMade(low, null, CallRiskModel.Unreported.NONE).decide(lone), "a reported category keeps its call");
    }

    private static CallRiskModel handMade(Double lowThreshold) {
        return handMade(new double[]{0.5, 0.5, 2}, lowThreshold, LIKELIEST);
    }

    /** Level weights of 0 (every call scores 0 against {@code cuts}); reporting: 0.75 lone, 0.05 cued, at 0.5. */
    static CallRiskModel handMade(double[] cuts, Double lowThreshold, CallRiskModel.Unreported unreported) {
        int levelFeatures = RiskFeatures.levelNames(CATEGORIES).size();
        Linear level = new Linear(new double[levelFeatures], ones(levelFeatures), new double[levelFeatures], 0);
        List<String> signalFeatures = RiskFeatures.categoryNames(CATEGORIES);
        double[] weights = new double[signalFeatures.size()];
        weights[signalFeatures.indexOf("low")] = 3 / Math.log(2);
        weights[signalFeatures.indexOf("low_cued")] = -3 / Math.log(2);
        Linear signal = new Linear(new double[weights.length], ones(weights.length), weights,
                Math.log(0.75 / 0.25) - 3);
        return new CallRiskModel("hand", "test", CATEGORIES, RiskFeatures.levelNames(CATEGORIES), level,
                cuts, null, signalFeatures, signal, 0.5, null, lowThreshold, unreported, null, null, null, Map.of());
    }

    private static double[] ones(int n) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, 1);
        return out;
    }
}
