package com.voiceqa.web.cluster;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * How far the analytics role may commit each partition: up to the first record of the earliest call it has not stored
 * yet, else past the last record it handled. A process that dies is then given every unfinished call's records again
 * from their first one, and nothing of a stored call (at least once; repeats are dropped by sequence and position).
 * Not thread-safe: the consumer's thread owns it.
 */
final class CommitPoints {

    /** Per partition, the offset after the last record handled. */
    private final Map<TopicPartition, Long> next = new HashMap<>();
    /** Per partition, the offset of each open call's first record there. */
    private final Map<TopicPartition, Map<String, Long>> firstOfOpenCall = new HashMap<>();

    /** A record of {@code callId} at {@code offset} was handled; {@code open}: its call is not stored yet. */
    void handled(TopicPartition partition, long offset, String callId, boolean open) {
        next.put(partition, offset + 1);
        if (open) {
            firstOfOpenCall.computeIfAbsent(partition, p -> new HashMap<>()).putIfAbsent(callId, offset);
        }
    }

    /** The call is stored: its records no longer hold any partition's commit back. */
    void stored(String callId) {
        firstOfOpenCall.values().forEach(calls -> calls.remove(callId));
    }

    /** What to commit now, per partition handled since the last {@link #forget}. */
    Map<TopicPartition, OffsetAndMetadata> offsets() {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        next.forEach((partition, after) -> {
            long upTo = firstOfOpenCall.getOrDefault(partition, Map.of()).values().stream()
                    .min(Long::compare).orElse(after);
            offsets.put(partition, new OffsetAndMetadata(upTo));
        });
        return Collections.unmodifiableMap(offsets);
    }

    /** The partitions went to another member (or come back from their committed offsets). */
    void forget(Collection<TopicPartition> partitions) {
        partitions.forEach(partition -> {
            next.remove(partition);
            firstOfOpenCall.remove(partition);
        });
    }
}
