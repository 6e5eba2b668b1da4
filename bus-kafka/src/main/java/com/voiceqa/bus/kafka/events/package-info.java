/**
 * The {@link com.voiceqa.core.events.CallEventBus} on Kafka: {@link com.voiceqa.bus.kafka.events.KafkaCallEventBus}
 * publishes call events to the events topic keyed by call id and delivers them to its listeners from one consumer of
 * a consumer group; {@link com.voiceqa.bus.kafka.events.CallEventJson} is their documented JSON form.
 *
 * <p>Invariants: the port's promises (order per call, at least once, publishers never wait, listeners on the bus's
 * thread); offsets are committed only after every listener had the events; a record that does not decode is logged
 * and skipped.
 */
package com.voiceqa.bus.kafka.events;
