package com.voiceqa.rules.eval;

import com.voiceqa.rules.risk.CallSignals;
import com.voiceqa.rules.risk.CategorySignals;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SignalErrorsTest {

    /** One category as the rules saw it: a weak finding at each of {@code turns}, or nothing. */
    private static CategorySignals seen(String category, Integer... turns) {
        return new CategorySignals(category, 0, 0, 0, turns.length, 0, 0.6, 0.1, 0, List.of(turns), null);
    }

    private static CallLabels labels(String risk, CallLabels.Signal... signals) {
        return new CallLabels(risk, List.of(signals), Map.of(), List.of(), List.of(), List.of());
    }

    private static CallLabels.Signal at(String category, int turn) {
        return new CallLabels.Signal(category, turn, "");
    }

    @Test
    void eachWrongOrMissedSignalIsCountedOnceUnderItsCause() {
        SignalErrors errors = new SignalErrors();
        CallSignals atRisk = new CallSignals(12, 0.1, 0, 3, List.of(seen("price", 2, 5), seen("competitor", 4),
                seen("service"), seen("quality", 3)));
        errors.add(atRisk,
                labels("medium", at("price", 2), at("price", 7), at("service", 9), at("quality", 3)),
                labels("medium", at("price", 2), at("price", 5), at("competitor", 4)));
        CallSignals leftAtNone = new CallSignals(12, 0.1, 0, 1, List.of(seen("price"), seen("competitor"),
                seen("service"), seen("quality", 1)));
        errors.add(leftAtNone, labels("low", at("quality", 1)), labels("none"));

        assertEquals(List.of(
                "  right 1; wrong 2: an extra turn of a labeled category 1, a category not labeled 1",
                "  missed 4: the rules found nothing 1, the call left at none 1, found but not reported 1, a turn the"
                        + " reported category's findings do not hold 1"), errors.lines());
    }
}
