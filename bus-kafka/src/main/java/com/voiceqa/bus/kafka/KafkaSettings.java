package com.voiceqa.bus.kafka;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the cluster's topics live.
 *
 * @param bootstrapServers {@code host:port[,host:port...]} of the Kafka brokers
 * @param eventsTopic      call events ({@link com.voiceqa.core.events.CallEvent}), keyed by call id
 * @param audioTopic       call audio chunks and ends, keyed by call id
 * @param segmentsTopic    transcript segments and completions, keyed by call id and position
 * @param sessionTimeout   how long a consumer may stay silent before the group gives its partitions to another
 *                         member: how fast a dead ASR worker's calls move on (the broker allows 6 s to 5 min)
 */
public record KafkaSettings(String bootstrapServers, String eventsTopic, String audioTopic, String segmentsTopic,
                            Duration sessionTimeout) {

    public KafkaSettings {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(eventsTopic, "eventsTopic");
        Objects.requireNonNull(audioTopic, "audioTopic");
        Objects.requireNonNull(segmentsTopic, "segmentsTopic");
        Objects.requireNonNull(sessionTimeout, "sessionTimeout");
        if (bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("no Kafka brokers given: set host:port of at least one broker");
        }
    }

    /** The default topics ({@code voiceqa.events}, {@code voiceqa.audio}, {@code voiceqa.segments}), 10 s session. */
    public static KafkaSettings of(String bootstrapServers) {
        return new KafkaSettings(bootstrapServers, "voiceqa.events", "voiceqa.audio", "voiceqa.segments",
                Duration.ofSeconds(10));
    }

    /** The same brokers with every topic name prefixed (tests, or several deployments on one cluster). */
    public KafkaSettings withTopicPrefix(String prefix) {
        return new KafkaSettings(bootstrapServers, prefix + eventsTopic, prefix + audioTopic, prefix + segmentsTopic,
                sessionTimeout);
    }

    /**
     * A topic beside the events topic, for what other modules keep in Kafka: {@code voiceqa.events} → {@code
     * voiceqa.<kind>}, so a prefix given to the events topic carries over; an events topic not ending in {@code
     * events} gets {@code .<kind>} appended.
     */
    public String siblingTopic(String kind) {
        return eventsTopic.endsWith("events")
                ? eventsTopic.substring(0, eventsTopic.length() - "events".length()) + kind
                : eventsTopic + "." + kind;
    }

    public KafkaSettings withSessionTimeout(Duration timeout) {
        return new KafkaSettings(bootstrapServers, eventsTopic, audioTopic, segmentsTopic, timeout);
    }
}
