/**
 * The audio log port: where a gateway appends a call's PCM chunks and learns when they are durable
 * ({@link com.voiceqa.core.audio.AudioLog}), with the chunk value it appends ({@link com.voiceqa.core.audio.AudioChunk}).
 *
 * <p>Invariants: one call's chunks are numbered from 0 without gaps, the first one carries the call's
 * {@link com.voiceqa.core.StreamFormat}; a chunk counts as received only when its append future completed, so a
 * device is acknowledged on durable audio only. Plain Java, no dependency: the Kafka implementation lives in
 * bus-kafka.
 */
package com.voiceqa.core.audio;
