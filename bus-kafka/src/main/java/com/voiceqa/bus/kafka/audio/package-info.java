/**
 * The {@link com.voiceqa.core.audio.AudioLog} on Kafka: {@link com.voiceqa.bus.kafka.audio.KafkaAudioLog} appends a
 * call's chunks and its end to the audio topic, keyed by call id, in the binary form of
 * {@link com.voiceqa.bus.kafka.audio.AudioRecordCodec}, which the ASR workers read back as
 * {@link com.voiceqa.bus.kafka.audio.AudioRecord}s.
 *
 * <p>Invariants: an append's future completes only when every in-sync replica has the record; a call's records are
 * on one partition in append order; a record that does not decode is a
 * {@link com.voiceqa.bus.kafka.MalformedRecordException}, never a crash.
 */
package com.voiceqa.bus.kafka.audio;
