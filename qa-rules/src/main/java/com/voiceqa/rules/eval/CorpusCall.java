package com.voiceqa.rules.eval;

import com.voiceqa.rules.CallRecord;

/** A labeled call of the corpus: the call as the engine sees it, and its gold labels. */
public record CorpusCall(CallRecord call, CallLabels labels) {
}
