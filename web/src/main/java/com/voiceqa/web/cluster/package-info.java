/**
 * The analytics role's door to the cluster: {@link com.voiceqa.web.cluster.AnalyticsFeed} reads call events, audio
 * and transcript segments from Kafka (bus-kafka's topics), writes each call's recording
 * ({@link com.voiceqa.web.cluster.ClusterRecordings}, the gateway's spool and WAV code), assembles its transcript, and
 * hands the finished call to the same {@code live.LiveCallTracker} end a one-process gateway's call takes, so rules,
 * index and {@code pipeline.CallStore} run exactly as in {@code serve}.
 *
 * <p>Invariants: a call is stored once, after its {@code Ended} event, its audio's end and its transcript's completion
 * have all arrived, in whatever order the topics deliver them; offsets are committed only up to the first record of
 * the earliest call not yet stored ({@link com.voiceqa.web.cluster.CommitPoints}), so a restart delivers an unfinished
 * call's records again and repeats are dropped by chunk sequence and segment position. Depends on {@code live},
 * {@code pipeline} and {@code config}; nothing in the web module depends on it.
 */
package com.voiceqa.web.cluster;
