/**
 * Account outcomes and the churn rate: each account's status history (active, at risk, lost with date and reason,
 * won back), the churn and retention rates over a period computed from it, and their API. Every query is limited
 * by {@link com.voiceqa.web.security.VisibilityScope#accounts}, so a rep's figures are their own accounts'.
 * Formulas and period rules: docs/retention.md.
 */
package com.voiceqa.web.retention;
