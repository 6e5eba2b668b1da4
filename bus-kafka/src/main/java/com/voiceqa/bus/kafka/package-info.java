/**
 * The cluster backbone on Kafka (KRaft): what the roles of a multi-process deployment exchange, behind core's ports.
 * This package holds what every topic shares: {@link com.voiceqa.bus.kafka.KafkaSettings} (broker and topic names),
 * {@link com.voiceqa.bus.kafka.KafkaClients} (the one place producer and consumer settings are chosen),
 * {@link com.voiceqa.bus.kafka.CallIdPartitioner} (every record of a call on one partition),
 * {@link com.voiceqa.bus.kafka.OrderedSender} (sends without blocking the caller, bounded) and
 * {@link com.voiceqa.bus.kafka.KafkaTopics}.
 *
 * <p>Invariants: every record is keyed by its call's id (or starts with it, before {@code #}), so one call's records
 * are on one partition of each topic, in order; producers are idempotent with {@code acks=all}; consumers commit by
 * hand, after the work a record asks for is done (at least once). Sub-packages: {@code events} (the
 * {@link com.voiceqa.core.events.CallEventBus} on Kafka), {@code audio} (the {@link com.voiceqa.core.audio.AudioLog}
 * on Kafka) and {@code asr} (ASR workers in a consumer group and the segments they publish); they depend on this
 * package only, never on each other except {@code asr} reading {@code audio}'s records.
 */
package com.voiceqa.bus.kafka;
