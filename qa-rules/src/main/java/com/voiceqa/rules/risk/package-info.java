/**
 * The call-level churn risk model: from what the churn rules found (each finding's category, severity and whether a
 * hard-negative cue stands next to it) and what the clause model says about the customer's turns, the call's risk
 * level (none / low / medium / high), which categories are reported and which of each reported category's turns the
 * findings point at. It replaces the churn pack's risk gate when the pack names a model
 * ({@code "risk": {"model": "churn-risk"}}).
 *
 * <p>The level is read one of two ways, both over {@link com.voiceqa.rules.risk.RiskFeatures#level}: an ordinal score
 * with three cut points, or a softmax over one score per level ({@link com.voiceqa.rules.risk.SoftmaxLevel}). The
 * false-alarm budget bounds, on the risk-free training calls, how many may be at risk: it raises the ordinal none|low
 * cut, or lowers the softmax's threshold on the probability of none. A model file holds exactly one of the two.
 *
 * <p>Which categories are reported is a logistic per (call, category) with one threshold, or one per category. A
 * model file names the features each part reads, and this code refuses one whose names it does not compute; the
 * reporting logistic's optional inputs ({@link com.voiceqa.rules.risk.RiskFeatures#OPTIONAL_CATEGORY}) are read only
 * by models that name them, so files trained before them load and decide as they did.
 *
 * <p>Depends only on {@code semantic} (the clause model); the rule engine hands it plain
 * {@link com.voiceqa.rules.risk.Finding}s and {@link com.voiceqa.rules.risk.Turn}s, so nothing here points back at
 * the engine, and rule packs can name a model without a cycle.
 */
package com.voiceqa.rules.risk;
