package com.voiceqa.deploy;

import com.voiceqa.bus.kafka.KafkaSettings;
import com.voiceqa.bus.kafka.KafkaTopics;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.nio.file.Path;

/**
 * {@code java -cp ... com.voiceqa.deploy.LocalKafka READY_FILE}: one KRaft broker on a free loopback port with
 * VoiceQA's topics ({@code VOICEQA_PARTITIONS} partitions each, 4 by default); writes {@code host:port} to
 * READY_FILE, serves until the JVM is stopped.
 */
public final class LocalKafka {

    private LocalKafka() {
    }

    public static void main(String[] args) throws Exception {
        Path ready = ReadyFile.of(args, "com.voiceqa.deploy.LocalKafka");
        int partitions = Integer.parseInt(System.getenv().getOrDefault("VOICEQA_PARTITIONS", "4"));
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, partitions);
        broker.brokerProperty("group.initial.rebalance.delay.ms", "0"); // a role joining a group starts at once
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "kafka-stop"));
        KafkaTopics.create(KafkaSettings.of(broker.getBrokersAsString()), partitions, (short) 1);
        ReadyFile.announce(ready, broker.getBrokersAsString());
        System.out.println("Kafka (KRaft) at " + broker.getBrokersAsString() + ", " + partitions + " partitions per topic");
        Thread.currentThread().join();
    }
}
