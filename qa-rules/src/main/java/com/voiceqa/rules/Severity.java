package com.voiceqa.rules;

import java.util.Locale;

/** How serious a rule's finding is. Churn rules' severities add up to the call's churn risk. */
public enum Severity {
    INFO, LOW, MEDIUM, HIGH, CRITICAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity parse(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
