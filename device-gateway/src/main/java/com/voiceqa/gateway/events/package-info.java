/**
 * The gateway's implementation of the {@link com.voiceqa.core.events.CallEventBus} port for one process:
 * {@link com.voiceqa.gateway.events.InProcessCallEventBus}. The events and the port's contract are in core, so
 * another implementation (a Kafka producer and consumer) can replace it without touching publishers or listeners.
 */
package com.voiceqa.gateway.events;
