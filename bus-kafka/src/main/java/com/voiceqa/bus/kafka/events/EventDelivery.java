package com.voiceqa.bus.kafka.events;

import com.voiceqa.bus.kafka.KafkaClients;
import com.voiceqa.bus.kafka.KafkaSettings;
import com.voiceqa.bus.kafka.MalformedRecordException;
import com.voiceqa.core.events.CallEvent;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The consumer thread of a {@link KafkaCallEventBus}: polls the events topic as a member of the bus's group, hands
 * each event to the bus's listeners in partition order, and commits a batch's offsets only after that (at least
 * once: events handled but not committed when the process dies come again).
 */
final class EventDelivery implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EventDelivery.class.getName());
    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaConsumer<String, byte[]> consumer;
    private final String topic;
    private final Consumer<CallEvent> listeners;
    private final CountDownLatch assigned = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean stopping;

    EventDelivery(KafkaSettings settings, String groupId, String clientId, Consumer<CallEvent> listeners) {
        // a new group starts at the end: the port promises events published while a listener is subscribed
        this.consumer = KafkaClients.consumer(settings, groupId, clientId, "latest");
        this.topic = settings.eventsTopic();
        this.listeners = listeners;
        this.thread = Thread.ofPlatform().name("voiceqa-kafka-events").daemon().start(this::run);
    }

    /** Waits until the group gave this member its partitions and their positions are known. */
    boolean awaitAssignment(Duration timeout) throws InterruptedException {
        return assigned.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run() {
        try {
            consumer.subscribe(List.of(topic), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    partitions.forEach(consumer::position); // resolves "latest" now, not at the first fetch
                    assigned.countDown();
                }
            });
            while (!stopping) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                for (ConsumerRecord<String, byte[]> record : records) {
                    deliver(record);
                }
                if (!records.isEmpty()) {
                    consumer.commitSync();
                }
            }
        } catch (WakeupException e) {
            // close() asked us to stop
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "call events from Kafka stopped: " + e, e);
        } finally {
            consumer.close();
        }
    }

    private void deliver(ConsumerRecord<String, byte[]> record) {
        CallEvent event;
        try {
            event = CallEventJson.decode(record.value());
        } catch (MalformedRecordException e) {
            LOG.warning("skipped " + record.topic() + "-" + record.partition() + "@" + record.offset() + ": "
                    + e.getMessage());
            return;
        }
        listeners.accept(event);
    }

    /** Stops polling; events delivered so far are committed, the rest come to the group's next member. */
    @Override
    public void close() throws InterruptedException {
        stopping = true;
        consumer.wakeup();
        thread.join(TimeUnit.SECONDS.toMillis(10));
    }
}
