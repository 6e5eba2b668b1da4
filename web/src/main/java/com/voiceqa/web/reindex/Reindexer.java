package com.voiceqa.web.reindex;

import com.voiceqa.web.calls.CallService;
import com.voiceqa.web.rules.RuleBook;
import com.voiceqa.web.search.SearchIndex;
import org.springframework.stereotype.Component;

import java.util.function.IntConsumer;

/**
 * Rebuilds the search index from the database: every processed call, evaluated by the current rules, replaces what
 * the index held (calls deleted since, documents of an older schema, another engine's leftovers).
 */
@Component
public class Reindexer {

    private final CallService calls;
    private final RuleBook rules;
    private final SearchIndex index;

    public Reindexer(CallService calls, RuleBook rules, SearchIndex index) {
        this.calls = calls;
        this.rules = rules;
        this.index = index;
    }

    /** Returns the number of calls indexed; {@code progress} hears the running count after each call. */
    public int rebuild(IntConsumer progress) {
        int[] done = {0};
        return index.rebuild(add -> calls.forEachDoneRecord(call -> {
            add.accept(call, rules.evaluate(call));
            progress.accept(++done[0]);
        }));
    }
}
