/**
 * A stored call's findings: the rule hits kept per call ({@link com.voiceqa.web.findings.HitRepository}), how the API
 * shows one ({@link com.voiceqa.web.findings.HitView}) and the call's scores recomputed from them
 * ({@link com.voiceqa.web.findings.ScoreCalculator}, after a reviewer overturns a finding).
 *
 * <p>Both the call pages ({@code calls}) and the review workflow ({@code review}) read findings, so they live below
 * both; this package depends on neither.
 */
package com.voiceqa.web.findings;
