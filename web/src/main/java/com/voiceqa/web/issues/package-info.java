/**
 * Account issues and account risk: churn signals heard in calls become issues of the account (open → in progress →
 * resolved, with a follow-up owner and due date) that persist until a person resolves them, and the account's risk
 * is computed from its unresolved issues and its recent trajectory rather than from its latest call.
 * Depends on {@code pipeline} (the {@code CallStored} event) and {@code security}; {@code accounts} reads the risk.
 */
package com.voiceqa.web.issues;
