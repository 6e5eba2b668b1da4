package com.voiceqa.rules.pack;

import com.voiceqa.rules.ChurnRisk;
import com.voiceqa.rules.Severity;

import java.util.Map;

/**
 * Turns churn findings into a call's risk level. Each churn category found contributes the weight of its most
 * severe finding once (repeating one complaint does not raise the risk); the sum is compared with the thresholds.
 *
 * @param weights    weight per severity
 * @param low        minimum sum for {@link ChurnRisk#LOW}
 * @param medium     minimum sum for {@link ChurnRisk#MEDIUM}
 * @param high       minimum sum for {@link ChurnRisk#HIGH}
 * @param model      the call-level risk model that decides instead of the sum ({@code com.voiceqa.rules.risk}), or
 *                   null: then the sum decides, and {@code low} is the pack's risk gate
 */
public record RiskModel(Map<Severity, Double> weights, double low, double medium, double high, String model) {

    public static final RiskModel DEFAULT = new RiskModel(
            Map.of(Severity.INFO, 0.0, Severity.LOW, 1.0, Severity.MEDIUM, 2.0, Severity.HIGH, 4.0,
                    Severity.CRITICAL, 4.0), 1, 2, 4, null);

    public RiskModel {
        weights = Map.copyOf(weights);
    }

    public double weight(Severity severity) {
        return weights.getOrDefault(severity, 0.0);
    }

    public ChurnRisk level(double sum) {
        if (sum >= high) {
            return ChurnRisk.HIGH;
        }
        if (sum >= medium) {
            return ChurnRisk.MEDIUM;
        }
        return sum >= low ? ChurnRisk.LOW : ChurnRisk.NONE;
    }

    /** The weight of every severity, indexed by {@link Severity#ordinal()}. */
    public double[] weightsBySeverity() {
        Severity[] all = Severity.values();
        double[] out = new double[all.length];
        for (Severity s : all) {
            out[s.ordinal()] = weight(s);
        }
        return out;
    }
}
