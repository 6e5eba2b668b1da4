package com.voiceqa.web.pipeline;

import com.voiceqa.rules.CallEvaluation;
import com.voiceqa.rules.CallRecord;

/**
 * Where {@link CallIngest} hands an evaluated call for search before it marks the call done (the port that
 * {@code reindex.Reindexer}, the index's one writer, implements; the pipeline does not know the index).
 */
public interface CallIndex {

    /**
     * Indexes a registered call as evaluated ({@code call} with the hot words corrected) and makes it durable; throws
     * when the index cannot be written, so the call is not marked done without its document.
     */
    void indexEvaluated(CallRecord call, CallEvaluation evaluation);
}
