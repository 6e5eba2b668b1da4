package com.voiceqa.rules.pack;

import java.util.List;

/**
 * A lexical condition on the utterances' text.
 *
 * @param id       id referenced by the rule's expression
 * @param operator what to look for
 * @param scope    which utterances count (speaker role, range, time window, anchor)
 * @param negation how a preceding negation word (不, 没有, 不打算…) affects a match
 * @param unless   phrases that cancel every match in an utterance containing one of them (e.g. 质量保证条款 for a
 *                 "保证" over-promise rule)
 */
public record TextCondition(String id, TextOperator operator, Scope scope, NegationMode negation,
                            List<String> unless) implements Condition {
    public TextCondition {
        unless = List.copyOf(unless);
    }
}
