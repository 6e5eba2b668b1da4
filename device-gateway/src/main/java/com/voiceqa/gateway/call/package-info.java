/**
 * The gateway's calls, shared by both listeners: {@link com.voiceqa.gateway.call.CallRegistry} opens, finds, ends and
 * recovers them; {@link com.voiceqa.gateway.call.LiveCall} is one open call.
 *
 * <p>This is the domain the protocol handlers translate to. {@code LiveCall.append} takes a chunk and answers with
 * everything a protocol needs ({@link com.voiceqa.gateway.call.LiveCall.Appended}): what became of the chunk, a
 * future that completes once it is durable (acknowledge on it, never before) and one that completes when the call
 * wants more audio (backpressure: stop reading until then). Durability is decided by the
 * {@link com.voiceqa.core.audio.AudioLog} the registry is given (one process: the spool's group commit), so a
 * replicated log can take over without the handlers knowing.
 *
 * <p>Invariants: a call's chunks are taken once each, in order, from the one connection that owns the call
 * (RESUME moves it); a call's durable sequence only grows; each call publishes one Started and one Ended.
 */
package com.voiceqa.gateway.call;
