package com.voiceqa.rules.pack;

/**
 * A lexical condition on the utterances' text.
 *
 * @param id       id referenced by the rule's expression
 * @param operator what to look for
 * @param scope    which utterances count (speaker role, range, time window, anchor)
 * @param negation how a preceding negation word (不, 没有, 不打算…) affects a match
 */
public record TextCondition(String id, TextOperator operator, Scope scope, NegationMode negation)
        implements Condition {
}
