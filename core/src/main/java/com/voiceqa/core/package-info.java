/**
 * The call vocabulary every VoiceQA module speaks: how audio arrives ({@link com.voiceqa.core.StreamFormat},
 * {@link com.voiceqa.core.ChannelLayout}) and what recognition makes of it ({@link com.voiceqa.core.Segment},
 * {@link com.voiceqa.core.Word}, {@link com.voiceqa.core.PartialResult}, {@link com.voiceqa.core.Transcript},
 * delivered live through a {@link com.voiceqa.core.TranscriptListener}).
 *
 * <p>Invariants: every type is an immutable record or a small interface, valid by construction (a
 * {@code ChannelLayout} holds only the roles {@code rep}, {@code customer}, {@code mixed}; a {@code StreamFormat}'s
 * rate is 8-48 kHz; lists are copied). Times are seconds from the start of the call. Nothing here knows Vosk, Netty,
 * Lucene or Spring: the core module has no dependency at all, so a process that only routes or stores calls (a
 * gateway, an analytics worker) can use these types without the recognizer's native libraries.
 */
package com.voiceqa.core;
