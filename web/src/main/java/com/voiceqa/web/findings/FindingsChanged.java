package com.voiceqa.web.findings;

/**
 * A call's findings, and with them its score and churn risk, changed after it was stored (a review or an appeal's
 * decision). Published inside the transaction that changed them; whoever keeps a copy of the call (the search index)
 * refreshes it once that transaction has committed.
 */
public record FindingsChanged(String callId) {
}
