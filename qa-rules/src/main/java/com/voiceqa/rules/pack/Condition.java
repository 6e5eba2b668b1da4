package com.voiceqa.rules.pack;

/** A condition of a rule, referenced by {@link #id()} from the rule's expression. */
public sealed interface Condition permits TextCondition, MetricCondition {
    String id();
}
