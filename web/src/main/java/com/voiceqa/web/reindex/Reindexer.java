package com.voiceqa.web.reindex;

import com.voiceqa.web.calls.CallService;
import com.voiceqa.web.calls.CallService.StoredCall;
import com.voiceqa.web.findings.FindingsChanged;
import com.voiceqa.web.pipeline.Hotwords;
import com.voiceqa.web.search.SearchIndex;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.function.IntConsumer;

/**
 * Keeps the search index a copy of the database after a call is stored: a call whose findings change (a review, an
 * appeal's decision) is indexed again with its score, risk and findings as reviewed, once that change has committed;
 * {@link #rebuild} replaces the whole index by every processed call as stored (calls deleted since, documents of an
 * older schema and another engine's leftovers go). Both index a call exactly as stored, with the hot words corrected
 * as when it was first indexed ({@code pipeline.CallIngest}, which indexes a call while storing it).
 */
@Component
public class Reindexer {

    private final CallService calls;
    private final Hotwords hotwords;
    private final SearchIndex index;

    public Reindexer(CallService calls, Hotwords hotwords, SearchIndex index) {
        this.calls = calls;
        this.hotwords = hotwords;
        this.index = index;
    }

    /** Returns the number of calls indexed; {@code progress} hears the running count after each call. */
    public int rebuild(IntConsumer progress) {
        int[] done = {0};
        return index.rebuild(add -> calls.forEachStored(call -> {
            add.accept(hotwords.correct(call.record()), call.evaluation());
            progress.accept(++done[0]);
        }));
    }

    @TransactionalEventListener
    void findingsChanged(FindingsChanged change) {
        calls.stored(change.callId()).ifPresent(this::reindex);
    }

    private void reindex(StoredCall call) {
        index.add(hotwords.correct(call.record()), call.evaluation());
    }
}
