/**
 * Call events and the port they travel through: the gateway publishes {@link com.voiceqa.core.events.CallEvent}s
 * ({@code Started}, {@code Partial}, {@code FinalSegment}, {@code Ended}) about a call described by
 * {@link com.voiceqa.core.events.CallMetadata}; the live view, rules and storage receive them as
 * {@link com.voiceqa.core.events.CallEventListener}s of a {@link com.voiceqa.core.events.CallEventBus}.
 *
 * <p>Invariants: the bus is an interface so that one process (the gateway's in-process bus) and several processes (a
 * log such as Kafka) are two implementations with the same users. Per call, events arrive in publication order, at
 * least once; publishers never block; listeners run on the bus's threads. Events are immutable values that name
 * their call by {@link com.voiceqa.core.id.CallKey} and its product-wide id.
 */
package com.voiceqa.core.events;
