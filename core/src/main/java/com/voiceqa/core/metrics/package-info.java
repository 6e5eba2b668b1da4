/**
 * Acoustic metrics of a call ({@link com.voiceqa.core.metrics.CallMetrics}: per-role
 * {@link com.voiceqa.core.metrics.ChannelMetrics}, silences as {@link com.voiceqa.core.metrics.Interval}s,
 * {@link com.voiceqa.core.metrics.Overlap}s with who interrupted whom): the engine computes them from the audio,
 * the rules' metric conditions and the dashboard read them.
 *
 * <p>Invariants: immutable records; times in seconds from the start of the call; roles are the speaker roles of
 * {@link com.voiceqa.core.ChannelLayout#ROLES} (after diarization {@code rep} and {@code customer}). Computing them
 * (frame energy, speech detection) stays in asr-engine's {@code metrics} package.
 */
package com.voiceqa.core.metrics;
