package com.voiceqa.rules.pack;

/** What a pack's findings mean: churn signals (feeding churn risk) or quality-inspection items (feeding the score). */
public enum PackKind {
    CHURN, QUALITY
}
