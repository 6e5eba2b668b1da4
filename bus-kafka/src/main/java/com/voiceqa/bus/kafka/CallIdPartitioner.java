package com.voiceqa.bus.kafka;

import org.apache.kafka.clients.producer.Partitioner;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.utils.Utils;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Puts every record of a call on one partition: it hashes the key up to its first {@value #SEPARATOR} (the call id),
 * the way Kafka's default partitioner hashes a whole key. So a segment keyed {@code callId#3} lands beside the
 * call's other segments and its completion, and a reader sees them in order.
 */
public final class CallIdPartitioner implements Partitioner {

    /** Separates the call id from the rest of a key; product call ids never contain it. */
    public static final char SEPARATOR = '#';

    /** The call id part of a record key. */
    public static String callIdOf(String key) {
        int end = key.indexOf(SEPARATOR);
        return end < 0 ? key : key.substring(0, end);
    }

    @Override
    public int partition(String topic, Object key, byte[] keyBytes, Object value, byte[] valueBytes, Cluster cluster) {
        if (!(key instanceof String text)) {
            throw new IllegalArgumentException("VoiceQA records are keyed by call id, got " + key);
        }
        return partitionOf(text, cluster.partitionsForTopic(topic).size());
    }

    /** The partition of a topic with {@code partitions} partitions that holds the records keyed {@code key}. */
    public static int partitionOf(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(callIdOf(key).getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }

    @Override
    public void close() {
    }
}
