package com.voiceqa.bus.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Creates the cluster's topics when they are missing. Partitions bound the parallelism of each consumer group (one
 * ASR worker per audio partition at most), so choose them for the largest deployment; they cannot shrink later.
 */
public final class KafkaTopics {

    private KafkaTopics() {
    }

    /**
     * Creates the three topics with {@code partitions} partitions and {@code replicas} replicas each (3 in production,
     * with {@code min.insync.replicas=2} so that {@code acks=all} means two copies); existing topics are kept.
     */
    public static void create(KafkaSettings settings, int partitions, short replicas)
            throws InterruptedException, ExecutionException {
        Map<String, String> config = Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                String.valueOf(KafkaClients.MAX_RECORD_BYTES),
                TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(Math.min(2, replicas)));
        List<NewTopic> topics = List.of(settings.eventsTopic(), settings.audioTopic(), settings.segmentsTopic())
                .stream().map(name -> new NewTopic(name, partitions, replicas).configs(config))
                .toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                settings.bootstrapServers()))) {
            for (var result : admin.createTopics(topics).values().values()) {
                try {
                    result.get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }
}
