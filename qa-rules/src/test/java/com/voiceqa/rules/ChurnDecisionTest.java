package com.voiceqa.rules;

import com.voiceqa.rules.pack.PackKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChurnDecisionTest {

    private static Evidence at(int utterance) {
        return new Evidence(utterance, 0, 2, utterance, utterance + 1, "customer", "太贵");
    }

    private static RuleHit price(Evidence... evidence) {
        return new RuleHit("price-model", "价格", "churn-signals", PackKind.CHURN, "price", "churn", Severity.LOW, 0,
                false, false, List.of(evidence));
    }

    @Test
    void aReportedFindingKeepsOnlyTheTurnsTheDecisionPointsAt() {
        ChurnDecision d = new ChurnDecision(ChurnRisk.LOW, Map.of("price", List.of(3)));
        assertEquals(Optional.of(price(at(3))), d.reported(price(at(3), at(5))));
        assertEquals(Optional.of(price(at(3))), d.reported(price(at(3))), "nothing to narrow");
        assertEquals(Optional.empty(), d.reported(price(at(5))), "none of its turns is pointed at");
    }

    @Test
    void aCategoryNotReportedReportsNothingAndAGateAtRiskReportsEverything() {
        RuleHit finding = price(at(3), at(5));
        assertEquals(Optional.empty(), new ChurnDecision(ChurnRisk.LOW, Map.of("service", List.of(3)))
                .reported(finding));
        assertEquals(Optional.empty(), ChurnDecision.NOTHING.reported(finding));
        assertEquals(Optional.of(finding), new ChurnDecision(ChurnRisk.MEDIUM, null).reported(finding));
    }
}
