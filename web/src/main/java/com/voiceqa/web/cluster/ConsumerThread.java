package com.voiceqa.web.cluster;

import org.apache.kafka.clients.consumer.KafkaConsumer;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The poll loop of a cluster feed: one Kafka consumer polled on its own platform thread until {@link #stop}, which
 * wakes a poll in progress (the loop then sees a {@code WakeupException}) and waits for the loop to end.
 */
final class ConsumerThread {

    private final KafkaConsumer<?, ?> consumer;
    private final Thread thread;
    private volatile boolean stopping;

    /** Starts {@code loop}, which polls {@code consumer} while the supplier it is given says false. */
    ConsumerThread(String name, KafkaConsumer<?, ?> consumer, Consumer<BooleanSupplier> loop) {
        this.consumer = consumer;
        this.thread = Thread.ofPlatform().name(name).start(() -> loop.accept(() -> stopping));
    }

    void stop(Duration patience) {
        stopping = true;
        consumer.wakeup();
        try {
            thread.join(patience);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
