package com.voiceqa.bus.kafka.events;

import com.voiceqa.bus.kafka.KafkaClients;
import com.voiceqa.bus.kafka.KafkaSettings;
import com.voiceqa.bus.kafka.OrderedSender;
import com.voiceqa.core.events.CallEvent;
import com.voiceqa.core.events.CallEventBus;
import com.voiceqa.core.events.CallEventListener;
import com.voiceqa.core.events.CallEventListeners;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.time.Duration;
import java.util.logging.Logger;

/**
 * The {@link CallEventBus} between processes: events go to the events topic keyed by call id (so one call's events
 * are on one partition, in order) as {@link CallEventJson}, and come back to this bus's listeners from one consumer
 * in {@code groupId}. Processes of one role share a group id (each event reaches one of them); every role has its
 * own (each role sees every event).
 *
 * <p>The port's promises hold this way: {@link #publish} queues the record on an {@link OrderedSender} and returns
 * (a full queue or a broker gone for the producer's delivery timeout loses the event, logged as such);
 * listeners run on the consumer's thread; offsets are committed after the listeners had a batch, so after a crash
 * the group's next member gets the uncommitted events again. The first {@link #subscribe} joins the group and
 * returns once its partitions are assigned: events published after that reach the listener.
 */
public final class KafkaCallEventBus implements CallEventBus {

    private static final Logger LOG = Logger.getLogger(KafkaCallEventBus.class.getName());
    /** Events waiting for the brokers before publishing drops them (logged). */
    private static final long MAX_PENDING_BYTES = 64L << 20;
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaSettings settings;
    private final String groupId;
    private final String clientId;
    private final OrderedSender sender;
    private final CallEventListeners listeners = new CallEventListeners();
    private EventDelivery delivery;
    private volatile boolean closed;

    public KafkaCallEventBus(KafkaSettings settings, String groupId, String clientId) {
        this.settings = settings;
        this.groupId = groupId;
        this.clientId = clientId;
        this.sender = new OrderedSender(KafkaClients.producer(settings, clientId), "voiceqa-kafka-events-out",
                MAX_PENDING_BYTES);
    }

    /**
     * @throws IllegalStateException when the group did not assign partitions within 30 s (brokers unreachable); the
     *                               listener is then not subscribed and a later call tries again
     */
    @Override
    public synchronized AutoCloseable subscribe(CallEventListener listener) {
        listeners.add(listener); // before joining: a group that resumes from its commits delivers at once
        if (delivery == null) {
            try {
                delivery = join();
            } catch (RuntimeException e) {
                listeners.remove(listener);
                throw e;
            }
        }
        return () -> listeners.remove(listener);
    }

    private EventDelivery join() {
        EventDelivery joining = new EventDelivery(settings, groupId, clientId, listeners::deliver);
        try {
            if (joining.awaitAssignment(JOIN_TIMEOUT)) {
                return joining;
            }
            joining.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while joining consumer group " + groupId, e);
        }
        throw new IllegalStateException("Kafka at " + settings.bootstrapServers() + " did not let this process join "
                + "consumer group " + groupId + " within " + JOIN_TIMEOUT.toSeconds() + " s: check that the brokers "
                + "run and the topic " + settings.eventsTopic() + " exists");
    }

    @Override
    public void publish(CallEvent event) {
        if (closed) {
            return;
        }
        sender.send(new ProducerRecord<>(settings.eventsTopic(), event.callId(), CallEventJson.encode(event)))
                .whenComplete((metadata, error) -> {
                    if (error != null) {
                        LOG.severe("call event " + event.getClass().getSimpleName() + " of call " + event.callId()
                                + " was not stored in Kafka and is lost: " + error.getMessage());
                    }
                });
    }

    /** Sends the events already published (for at most 10 s), then stops the consumer. */
    @Override
    public synchronized void close() throws InterruptedException {
        closed = true;
        sender.close(Duration.ofSeconds(10));
        if (delivery != null) {
            delivery.close();
        }
    }
}
