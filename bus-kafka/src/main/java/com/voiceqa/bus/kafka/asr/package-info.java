/**
 * ASR workers in a consumer group: {@link com.voiceqa.bus.kafka.asr.AsrWorker} reads the audio topic, decodes each
 * call with the engine's streaming recognizer ({@link com.voiceqa.bus.kafka.asr.CallDecoding}) and publishes its
 * transcript segments ({@link com.voiceqa.bus.kafka.asr.SegmentRecord}); readers rebuild each call's transcript,
 * dropping repeats by key ({@link com.voiceqa.bus.kafka.asr.TranscriptAssembler}).
 *
 * <p>Invariants: a worker commits an audio partition only up to the first chunk of the earliest call still open on it
 * ({@link com.voiceqa.bus.kafka.asr.PartitionCalls}), and only after the segments of the calls before that point are
 * acknowledged; so the member that takes over a dead worker's partition replays each open call from its first chunk and
 * rebuilds the recognizer's state. The commit's metadata ({@link com.voiceqa.bus.kafka.asr.PublishedPositions}) says
 * which positions of each open call were published; the replay publishes only the later ones, and a reader keyed by
 * (call, position) keeps one of each that still comes twice.
 */
package com.voiceqa.bus.kafka.asr;
