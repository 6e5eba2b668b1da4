package com.voiceqa.rules;

import java.util.Locale;

/** Call- or account-level churn risk, ordered from no risk to high risk. */
public enum ChurnRisk {
    NONE, LOW, MEDIUM, HIGH;

    /** The lower-case label used in JSON and the corpus labels ({@code none}, {@code low}, …). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ChurnRisk parse(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
