package com.voiceqa.cluster.takeover;

import com.voiceqa.bus.kafka.KafkaClients;
import com.voiceqa.bus.kafka.KafkaSettings;
import com.voiceqa.bus.kafka.OrderedSender;
import com.voiceqa.bus.kafka.events.CallEventJson;
import com.voiceqa.core.events.CallEvent;
import com.voiceqa.core.events.CallEventBus;
import com.voiceqa.core.events.CallEventListener;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.time.Duration;
import java.util.logging.Logger;

/**
 * A gateway's event bus that also keeps the open-calls topic: a call's {@code Started} goes there too (timestamped
 * now, before the call's first chunk is appended: where a takeover starts reading the audio), its {@code Ended}
 * becomes a tombstone. Every event still goes to the wrapped bus.
 */
public final class OpenCallsBus implements CallEventBus {

    private static final Logger LOG = Logger.getLogger(OpenCallsBus.class.getName());
    /** Open-call records waiting for the brokers: a few hundred bytes each. */
    private static final long MAX_PENDING_BYTES = 16L << 20;

    private final CallEventBus events;
    private final String topic;
    private final OrderedSender sender;

    /** @param events closed by {@link #close()} */
    public OpenCallsBus(KafkaSettings settings, CallEventBus events, String clientId) {
        this.events = events;
        this.topic = OpenCallsTopic.name(settings);
        this.sender = new OrderedSender(KafkaClients.producer(settings, clientId), "voiceqa-open-calls", MAX_PENDING_BYTES);
    }

    @Override
    public AutoCloseable subscribe(CallEventListener listener) {
        return events.subscribe(listener);
    }

    @Override
    public void publish(CallEvent event) {
        switch (event) {
            case CallEvent.Started started -> record(started, CallEventJson.encode(started));
            case CallEvent.Ended ended -> record(ended, null);
            default -> {
            }
        }
        events.publish(event);
    }

    private void record(CallEvent event, byte[] value) {
        sender.send(new ProducerRecord<>(topic, null, System.currentTimeMillis(), event.callId(), value))
                .whenComplete((metadata, error) -> {
                    if (error != null) {
                        LOG.warning("the open-calls record of call " + event.callId() + " was not stored ("
                                + error.getMessage() + "): another gateway cannot take the call over");
                    }
                });
    }

    @Override
    public void close() throws InterruptedException {
        sender.close(Duration.ofSeconds(10));
        events.close();
    }
}
