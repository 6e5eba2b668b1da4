package com.voiceqa.web.reindex;

import com.voiceqa.rules.CallEvaluation;
import com.voiceqa.rules.CallRecord;
import com.voiceqa.rules.index.CallParties;
import com.voiceqa.rules.index.CallParties.Party;
import com.voiceqa.web.api.Ref;
import com.voiceqa.web.calls.CallRepository;
import com.voiceqa.web.calls.CallService;
import com.voiceqa.web.calls.CallService.StoredCall;
import com.voiceqa.web.calls.CallSummary;
import com.voiceqa.web.findings.FindingsChanged;
import com.voiceqa.web.pipeline.CallIndex;
import com.voiceqa.web.pipeline.Hotwords;
import com.voiceqa.web.search.SearchIndex;
import com.voiceqa.web.security.VisibilityScope;
import com.voiceqa.web.users.UserRenamed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.function.IntConsumer;

/**
 * The search index's one writer, which keeps it a copy of the database: a call is indexed as it is stored
 * ({@link #indexEvaluated}, from {@code pipeline.CallIngest}, before the call is marked done), again whenever what a
 * result row shows or a filter reads changes afterwards (a review or an appeal's decision: score, risk, findings; a
 * rep's new display name), once that change has committed; {@link #rebuild} replaces the whole index by every
 * processed call as stored (calls deleted since, documents of an older schema and another engine's leftovers go).
 * Every path takes the call's rep, team and account (ids and names) from its row, so the scope, which admits by those
 * ids, and the names shown agree with the database; the hot words are corrected as when the call was first indexed.
 */
@Component
public class Reindexer implements CallIndex {

    private final CallService calls;
    private final CallRepository rows;
    private final Hotwords hotwords;
    private final SearchIndex index;

    public Reindexer(CallService calls, CallRepository rows, Hotwords hotwords, SearchIndex index) {
        this.calls = calls;
        this.rows = rows;
        this.hotwords = hotwords;
        this.index = index;
    }

    @Override
    public void indexEvaluated(CallRecord call, CallEvaluation evaluation) {
        CallSummary row = rows.find(call.callId(), VisibilityScope.everything()).orElseThrow(
                () -> new IllegalStateException("call " + call.callId() + " is indexed before it was registered"));
        index.add(call, parties(row), evaluation);
    }

    /** Returns the number of calls indexed; {@code progress} hears the running count after each call. */
    public int rebuild(IntConsumer progress) {
        int[] done = {0};
        return index.rebuild(add -> calls.forEachStored(call -> {
            add(add, call);
            progress.accept(++done[0]);
        }));
    }

    @TransactionalEventListener
    void findingsChanged(FindingsChanged change) {
        reindex(change.callId());
    }

    /** All the rep's calls, committed once: a rep may have made thousands. */
    @TransactionalEventListener
    void userRenamed(UserRenamed change) {
        index.addAll(add -> rows.doneIdsOfRep(change.userId()).forEach(
                id -> calls.stored(id).ifPresent(call -> add(add, call))));
    }

    private void reindex(String callId) {
        calls.stored(callId).ifPresent(call -> add(index::add, call));
    }

    /** A call as stored, hot words corrected as when it was first indexed. */
    private void add(SearchIndex.Add add, StoredCall call) {
        add.add(hotwords.correct(call.record()), parties(call.summary()), call.evaluation());
    }

    private static CallParties parties(CallSummary row) {
        return new CallParties(party(row.rep()), party(row.team()), party(row.account()));
    }

    private static Party party(Ref ref) {
        return ref == null ? null : new Party(ref.id(), ref.name());
    }
}
