package com.voiceqa.bus.kafka;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.time.Duration;
import java.util.concurrent.ExecutionException;

/** A real KRaft broker in the test JVM on an ephemeral port, and the cluster's topics on it. */
public final class TestKafka {

    private TestKafka() {
    }

    private static EmbeddedKafkaKraftBroker broker;

    /** The test JVM's one broker, started on first use and stopped when the JVM exits; tests use their own topics. */
    public static synchronized EmbeddedKafkaKraftBroker broker() {
        if (broker == null) {
            broker = new EmbeddedKafkaKraftBroker(1, 2);
            broker.brokerProperty("group.initial.rebalance.delay.ms", "0"); // groups form at once in tests
            broker.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "embedded-kafka-stop"));
        }
        return broker;
    }

    /** Settings with topics of {@code partitions} partitions created under {@code prefix}; the shortest session. */
    public static KafkaSettings topics(String prefix, int partitions) throws ExecutionException, InterruptedException {
        KafkaSettings settings = KafkaSettings.of(broker().getBrokersAsString()).withTopicPrefix(prefix)
                .withSessionTimeout(Duration.ofSeconds(6));
        KafkaTopics.create(settings, partitions, (short) 1);
        return settings;
    }

    /** Polls {@code condition} every 50 ms for at most {@code timeout}; fails with {@code what} when it never holds. */
    public static void await(String what, Duration timeout, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
