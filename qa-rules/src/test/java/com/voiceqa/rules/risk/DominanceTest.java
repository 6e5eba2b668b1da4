package com.voiceqa.rules.risk;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.voiceqa.rules.risk.CallRiskModel.Unreported.LIKELIEST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reporting logistic's optional inputs, {@link RiskFeatures#OPTIONAL_CATEGORY}. */
class DominanceTest {

    private static final List<String> CATEGORIES = List.of("service", "communication", "price");

    /** A medium finding of a category at each of {@code turns}, with these turn probabilities. */
    private static CategorySignals found(String category, List<Integer> turns, double... probabilities) {
        List<TurnSignals> signals = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            signals.add(new TurnSignals(turns.get(i), true, 0, 0, 1, 0, 0, probabilities[i]));
        }
        return new CategorySignals(category, 0, 0, turns.size(), 0, 0, 0.8, 0.5, turns.size(), turns, signals);
    }

    private static CategorySignals nothing(String category) {
        return new CategorySignals(category, 0, 0, 0, 0, 0, 0.05, 0.02, 0, List.of(), List.of());
    }

    /** Service and communication both found at turn 3, one of them the stronger there. */
    private static CallSignals bothAtOneTurn(double service, double communication) {
        return new CallSignals(12, 0.2, 0, 4, List.of(found("service", List.of(3), service),
                found("communication", List.of(3), communication), nothing("price")));
    }

    @Test
    void theShareOfACategorysTurnsWhereAnotherIsStrongerIsItsDominance() {
        CallSignals s = new CallSignals(12, 0.2, 0, 4, List.of(found("service", List.of(3, 5), 0.6, 0.9),
                found("communication", List.of(3), 0.8), nothing("price")));
        List<String> dominated = List.of(RiskFeatures.DOMINATED);
        int at = RiskFeatures.categoryNames(CATEGORIES, dominated).indexOf(RiskFeatures.DOMINATED);
        assertEquals(0.5, RiskFeatures.category(s, 0, dominated)[at], "turn 3 of 3 and 5");
        assertEquals(0.0, RiskFeatures.category(s, 1, dominated)[at]);
        assertEquals(0.0, RiskFeatures.category(s, 2, dominated)[at], "nothing found, nothing dominated");
        assertEquals(RiskFeatures.categoryNames(CATEGORIES).size(), RiskFeatures.category(s, 0).length,
                "without it, the inputs of every model shipped so far");
        assertThrows(IllegalArgumentException.class, () -> RiskFeatures.categoryNames(CATEGORIES, List.of("margin")),
                "only the optional inputs there are");
    }

    /**
     * One sign read as two categories at one turn, the stronger labeled: the categories' own numbers are the same, so
     * only the dominance tells them apart.
     */
    @Test
    void aCategoryAnotherOutweighsAtItsTurnsIsLeftOutWhenTheLogisticReadsDominance() {
        List<CallRiskTrainer.Example> examples = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            double strong = 0.8 + i * 0.01;
            double weak = 0.55 + i * 0.01;
            examples.add(new CallRiskTrainer.Example(bothAtOneTurn(strong, weak), 2, Map.of("service", Set.of(3))));
            examples.add(new CallRiskTrainer.Example(bothAtOneTurn(weak, strong), 2,
                    Map.of("communication", Set.of(3))));
            examples.add(new CallRiskTrainer.Example(new CallSignals(12, 0.2, 0, 0, List.of(nothing("service"),
                    nothing("communication"), nothing("price"))), 0, Map.of()));
        }
        CallRiskModel reads = CallRiskTrainer.fit(CATEGORIES, examples, false, CallRiskTrainer.LevelKind.ORDINAL,
                new CallRiskTrainer.Reporting(CallRiskTrainer.ThresholdScope.POOLED, List.of(RiskFeatures.DOMINATED)))
                .model("t", "test", 0.15, null, LIKELIEST);
        assertEquals(List.of(RiskFeatures.DOMINATED), RiskFeatures.optionalIn(reads.signalFeatures()));
        assertTrue(reads.training().get("settings").toString().contains("reporting also reads dominated"));
        assertEquals(List.of("service"), reads.decide(bothAtOneTurn(0.85, 0.6)).reported());
        assertEquals(List.of("communication"), reads.decide(bothAtOneTurn(0.6, 0.85)).reported());

        CallRiskModel blind = CallRiskTrainer.fit(CATEGORIES, examples, false, CallRiskTrainer.LevelKind.ORDINAL)
                .model("t", "test", 0.15, null, LIKELIEST);
        assertEquals(List.of(), RiskFeatures.optionalIn(blind.signalFeatures()));
        assertEquals(blind.decide(bothAtOneTurn(0.85, 0.6)).reported().size(), 2,
                "without it the two read alike and both are reported");
    }

    @Test
    void aModelNamingDominanceOutOfPlaceIsRefused() {
        CallRiskModel m = CallRiskModelTest.handMade(new double[]{-1, 0.5, 2}, null, LIKELIEST);
        List<String> misplaced = new ArrayList<>(m.signalFeatures());
        misplaced.add(RiskFeatures.DOMINATED);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CallRiskModel(m.name(),
                m.version(), m.categories(), m.levelFeatures(), m.level(), m.cuts(), null, misplaced, m.signal(),
                m.threshold(), null, null, LIKELIEST, null, null, null, Map.of()));
        assertTrue(e.getMessage().contains("retrain it"), e.getMessage());
    }
}
