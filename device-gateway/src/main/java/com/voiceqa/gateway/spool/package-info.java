/**
 * The gateway's disk: one journal per open call under {@code spool/<device>/<call>/}
 * ({@link com.voiceqa.gateway.spool.CallSpool}), group commit ({@link com.voiceqa.gateway.spool.GroupCommitter}: one
 * fsync per spool covers every record appended before it) and the final WAV under
 * {@code recordings/<device>/<call>.wav}. {@link com.voiceqa.gateway.spool.SpoolAudioLog} is the one-process
 * {@link com.voiceqa.core.audio.AudioLog}: a chunk is durable once a group commit fsync'd its spool past it.
 *
 * <p>Invariants: a spool holds records 1..n exactly once; recovery truncates a torn tail and forces what it keeps;
 * every path is built from a {@link com.voiceqa.core.id.CallKey} and checked to stay inside its root
 * ({@link com.voiceqa.gateway.spool.SpoolStore}).
 */
package com.voiceqa.gateway.spool;
