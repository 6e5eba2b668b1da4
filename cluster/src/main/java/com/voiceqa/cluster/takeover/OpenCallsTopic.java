package com.voiceqa.cluster.takeover;

import com.voiceqa.bus.kafka.KafkaClients;
import com.voiceqa.bus.kafka.KafkaSettings;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * The compacted topic of the cluster's open calls, keyed by call id: a call's {@code Started} event while it is open,
 * a tombstone once it ended. What a gateway reads to take over a call (see the package).
 */
public final class OpenCallsTopic {

    /** Compaction runs on closed segments only: a new segment every hour keeps the readable history about that long. */
    private static final Duration SEGMENT = Duration.ofHours(1);

    private OpenCallsTopic() {
    }

    /** Beside the events topic: {@code voiceqa.events} → {@code voiceqa.calls}. */
    public static String name(KafkaSettings settings) {
        return settings.siblingTopic("calls");
    }

    /** Creates the topic when it is missing; an existing one is kept. */
    public static void create(Admin admin, KafkaSettings settings, int partitions, short replicas)
            throws InterruptedException, ExecutionException {
        NewTopic topic = new NewTopic(name(settings), partitions, replicas).configs(Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                TopicConfig.SEGMENT_MS_CONFIG, String.valueOf(SEGMENT.toMillis()),
                TopicConfig.DELETE_RETENTION_MS_CONFIG, String.valueOf(SEGMENT.toMillis()),
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(KafkaClients.MAX_RECORD_BYTES),
                TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(Math.min(2, replicas))));
        try {
            admin.createTopics(List.of(topic)).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }
}
