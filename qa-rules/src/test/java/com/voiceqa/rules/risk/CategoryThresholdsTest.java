package com.voiceqa.rules.risk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.voiceqa.rules.risk.CallRiskModelTest.CATEGORIES;
import static com.voiceqa.rules.risk.CallRiskModelTest.handMade;
import static com.voiceqa.rules.risk.CallRiskModelTest.lowFinding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reporting thresholds chosen per category ({@link CallRiskTrainer.ThresholdScope#PER_CATEGORY}). */
class CategoryThresholdsTest {

    private static final double[] LOW = {-1, 0.5, 2};

    /** The hand-made model (a lone uncued weak finding reads 0.75) with these thresholds per category. */
    private static CallRiskModel withThresholds(Map<String, Double> thresholds) {
        CallRiskModel m = handMade(LOW, null, CallRiskModel.Unreported.NONE_AT_LOW);
        return new CallRiskModel(m.name(), m.version(), m.categories(), m.levelFeatures(), m.level(), m.cuts(),
                m.softmaxLevel(), m.signalFeatures(), m.signal(), m.threshold(), thresholds, m.lowThreshold(),
                m.unreported(), m.turnFeatures(), m.turn(), m.turnThreshold(), m.training());
    }

    @Test
    void aCategoryIsReportedAtItsOwnThresholdNotTheCommonOne() {
        CallSignals lonePrice = lowFinding("price", false);
        CallSignals loneService = lowFinding("service", false);
        CallRiskModel.Decision priceAtLow = new CallRiskModel.Decision(1, List.of("price"),
                Map.of("price", List.of(2)));
        assertEquals(priceAtLow, handMade(LOW, null, CallRiskModel.Unreported.NONE_AT_LOW).decide(lonePrice),
                "0.75 is over the common 0.5");

        CallRiskModel strictOnPrice = withThresholds(Map.of("price", 0.8, "competitor", 0.5, "service", 0.5));
        assertEquals(0.8, strictOnPrice.reportingThreshold("price"));
        assertEquals(CallRiskModel.Decision.NONE, strictOnPrice.decide(lonePrice),
                "0.75 is under price's 0.8, and a low call that names nothing is none");
        assertEquals(new CallRiskModel.Decision(1, List.of("service"), Map.of("service", List.of(2))),
                strictOnPrice.decide(loneService), "service keeps 0.5");
    }

    @Test
    void thresholdsMustNameEveryCategoryWithAProbability() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> withThresholds(Map.of("price", 0.5, "competitor", 0.5)));
        assertTrue(missing.getMessage().contains("name every category once"), missing.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> withThresholds(Map.of("price", 0.5, "competitor", 0.0, "service", 0.5)));
    }

    /**
     * Service's weaker findings (0.75) point at four turns of which the labels mark one, its stronger ones (about
     * 0.94) at the marked turn alone; every call is labeled service, so a (call, category) F1 would report them all.
     * Counted in signals, as the scorer counts, leaving the weak ones out is better: 4 / 6 against 8 / 14. Price's
     * findings are all right, so any threshold does, and the lowest is taken; competitor is never found.
     */
    @Test
    void eachCategoryTakesTheThresholdWithItsBestSignalF1() {
        List<CallRiskTrainer.Example> examples = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            examples.add(new CallRiskTrainer.Example(finding("service", 1, List.of(1, 2, 3, 4)), 1,
                    Map.of("service", Set.of(1))));
            examples.add(new CallRiskTrainer.Example(finding("service", 2, List.of(1)), 2,
                    Map.of("service", Set.of(1))));
            examples.add(new CallRiskTrainer.Example(finding("price", 1, List.of(3)), 1, Map.of("price", Set.of(3))));
        }
        examples.add(new CallRiskTrainer.Example(finding(null, 0, List.of()), 1, Map.of("competitor", Set.of(5))));
        Linear signal = handMade(LOW, null, CallRiskModel.Unreported.NONE_AT_LOW).signal();
        assertEquals(Map.of("price", 0.2, "competitor", 0.2, "service", 0.8),
                CallRiskTrainer.categoryThresholds(CATEGORIES, examples, signal, List.of()));
    }

    @Test
    void aPooledFitHasNoThresholdsPerCategoryAndAPerCategoryFitWritesAndReadsThem(@TempDir Path dir) throws Exception {
        List<CallRiskTrainer.Example> examples = CallRiskModelTest.examples();
        CallRiskModel pooled = CallRiskTrainer.fit(CATEGORIES, examples, false, CallRiskTrainer.LevelKind.MULTINOMIAL)
                .model("t", "test", 0.15, null, CallRiskModel.Unreported.NONE_AT_LOW);
        assertNull(pooled.categoryThresholds());
        CallRiskModel perCategory = CallRiskTrainer.fit(CATEGORIES, examples, false,
                CallRiskTrainer.LevelKind.MULTINOMIAL,
                new CallRiskTrainer.Reporting(CallRiskTrainer.ThresholdScope.PER_CATEGORY, List.of()))
                .model("t", "test", 0.15, null, CallRiskModel.Unreported.NONE_AT_LOW);
        assertEquals(List.copyOf(CATEGORIES), List.copyOf(perCategory.categoryThresholds().keySet()));
        assertTrue(perCategory.training().get("settings").toString().contains("reporting thresholds per category"));
        String name = "risk-per-category-roundtrip";
        perCategory.write(dir.resolve(name + ".json"));
        System.setProperty("voiceqa.semantic.models", dir.toString());
        try {
            CallRiskModel read = CallRiskModel.named(name);
            assertEquals(perCategory.categoryThresholds(), read.categoryThresholds());
            for (CallRiskTrainer.Example e : examples) {
                assertEquals(perCategory.decide(e.signals()), read.decide(e.signals()));
            }
        } finally {
            System.clearProperty("voiceqa.semantic.models");
        }
    }

    /** A call whose only finding is {@code low} uncued weak findings of {@code category} at these turns. */
    private static CallSignals finding(String category, int low, List<Integer> turns) {
        List<CategorySignals> categories = new ArrayList<>();
        for (String c : CATEGORIES) {
            boolean it = c.equals(category);
            categories.add(new CategorySignals(c, 0, 0, 0, it ? low : 0, 0, it ? 0.6 : 0.05, 0.02, 0,
                    it ? turns : List.of(), null));
        }
        return new CallSignals(12, 0.2, 0, 1, categories);
    }
}
