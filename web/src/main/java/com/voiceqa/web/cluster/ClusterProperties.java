package com.voiceqa.web.cluster;

import com.voiceqa.bus.kafka.KafkaSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the cluster's Kafka is, under {@code voiceqa.kafka}; unset in the one-process {@code serve}.
 *
 * @param bootstrapServers {@code host:port[,host:port...]} of the brokers ({@code ./voiceqa analytics --kafka})
 * @param topicPrefix      prefix of every topic name (several deployments on one Kafka cluster, tests)
 * @param group            the analytics processes' consumer group: each call is stored by one of them
 * @param partitions       partitions of each topic when this process creates the topics (existing ones are kept)
 * @param replicas         replicas of each topic when this process creates them (3 in production)
 */
@ConfigurationProperties("voiceqa.kafka")
public record ClusterProperties(@DefaultValue("") String bootstrapServers,
                                @DefaultValue("") String topicPrefix,
                                @DefaultValue("voiceqa-analytics") String group,
                                @DefaultValue("6") int partitions,
                                @DefaultValue("1") short replicas) {

    public KafkaSettings settings() {
        return KafkaSettings.of(bootstrapServers).withTopicPrefix(topicPrefix);
    }
}
