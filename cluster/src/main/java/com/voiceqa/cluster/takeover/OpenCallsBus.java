package com.voiceqa.cluster.takeover;

import com.voiceqa.bus.kafka.KafkaClients;
import com.voiceqa.bus.kafka.KafkaSettings;
import com.voiceqa.bus.kafka.OrderedSender;
import com.voiceqa.bus.kafka.events.CallEventJson;
import com.voiceqa.core.events.CallEvent;
import com.voiceqa.core.events.CallEventBus;
import com.voiceqa.core.events.CallEventListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

/**
 * A gateway's event bus that also keeps the open-calls topic: a call's {@code Started} goes there too (timestamped
 * now, before the call's first chunk is appended: where a takeover starts reading the audio), its {@code Ended}
 * becomes a tombstone. Every event still goes to the wrapped bus. Each record names the node that holds the call
 * in header {@value #NODE_HEADER}; a node that takes a call over writes the record again under its name
 * ({@link #claim}).
 */
public final class OpenCallsBus implements CallEventBus {

    private static final Logger LOG = Logger.getLogger(OpenCallsBus.class.getName());
    /** Open-call records waiting for the brokers: a few hundred bytes each. */
    private static final long MAX_PENDING_BYTES = 16L << 20;

    static final String NODE_HEADER = "voiceqa-node";

    private final CallEventBus events;
    private final String node;
    private final String topic;
    private final OrderedSender sender;

    /** @param events closed by {@link #close()} */
    public OpenCallsBus(KafkaSettings settings, CallEventBus events, String node, String clientId) {
        this.events = events;
        this.node = node;
        this.topic = OpenCallsTopic.name(settings);
        this.sender = new OrderedSender(KafkaClients.producer(settings, clientId), "voiceqa-open-calls",
                MAX_PENDING_BYTES);
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
        send(event.callId(), System.currentTimeMillis(), value).whenComplete((metadata, error) -> {
            if (error != null) {
                LOG.warning("the open-calls record of call " + event.callId() + " was not stored ("
                        + error.getMessage() + "): another gateway cannot take the call over");
            }
        });
    }

    /** Records that this node holds {@code started}'s call now, keeping its opening time; completes when stored. */
    CompletableFuture<RecordMetadata> claim(CallEvent.Started started, long openedAt) {
        return send(started.callId(), openedAt, CallEventJson.encode(started));
    }

    /** Whether {@code record} says another node than this one holds the call. */
    boolean heldByAnother(ConsumerRecord<String, byte[]> record) {
        Header holder = record.headers().lastHeader(NODE_HEADER);
        return holder == null || !node.equals(new String(holder.value(), StandardCharsets.UTF_8));
    }

    private CompletableFuture<RecordMetadata> send(String callId, long timestamp, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, null, timestamp, callId, value);
        record.headers().add(NODE_HEADER, node.getBytes(StandardCharsets.UTF_8));
        return sender.send(record);
    }

    @Override
    public void close() throws InterruptedException {
        sender.close(Duration.ofSeconds(10));
        events.close();
    }
}
