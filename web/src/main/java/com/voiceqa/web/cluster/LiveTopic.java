package com.voiceqa.web.cluster;

import com.voiceqa.bus.kafka.KafkaClients;
import com.voiceqa.bus.kafka.KafkaSettings;
import com.voiceqa.bus.kafka.MalformedRecordException;
import com.voiceqa.web.live.LiveCall;
import com.voiceqa.web.live.LiveUpdate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * The live page's updates between the processes of a cluster ({@code voiceqa.live}, keyed by call id): the analytics
 * role's {@link com.voiceqa.web.live.LiveHub} writes every update it makes ({@link LiveRelay}), each web process reads
 * them from the moment it starts ({@link LiveFeed}). Nothing here is a record of anything: an hour of retention is
 * plenty, and a web process that starts mid-call shows the calls that start after it.
 *
 * <p>Values (UTF-8 JSON): {@code {"type": "CallStarted" | "Partial" | "Segment" | "Alert" | "Ended" |
 * "CallSettled", "update": {the record's components by name}}}.
 */
final class LiveTopic {

    private static final Duration RETENTION = Duration.ofHours(1);
    private static final int MAX_UPDATE_BYTES = 1 << 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LiveTopic() {
    }

    /** Beside the events topic: {@code voiceqa.events} → {@code voiceqa.live}. */
    static String name(KafkaSettings settings) {
        return settings.siblingTopic("live");
    }

    /**
     * Creates the topic when it is missing (whichever role starts first; an existing one is kept) and returns its name.
     *
     * @param role who needs it, for the error message
     * @throws IllegalStateException when Kafka cannot be reached, saying what to check
     */
    static String ensure(ClusterProperties cluster, String role) {
        KafkaSettings settings = cluster.settings();
        NewTopic topic = new NewTopic(name(settings), cluster.partitions(), cluster.replicas()).configs(Map.of(
                TopicConfig.RETENTION_MS_CONFIG, String.valueOf(RETENTION.toMillis()),
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(KafkaClients.MAX_RECORD_BYTES)));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                settings.bootstrapServers()))) {
            admin.createTopics(List.of(topic)).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("the " + role + " role cannot reach the live topic: " + e.getMessage()
                        + " (check that Kafka runs at " + settings.bootstrapServers() + ")", e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return topic.name();
    }

    static byte[] encode(LiveUpdate update) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("type", update.getClass().getSimpleName());
        envelope.set("update", JSON.valueToTree(update));
        return JSON.writeValueAsString(envelope).getBytes(StandardCharsets.UTF_8);
    }

    /** @throws MalformedRecordException when {@code value} is not an update this version wrote */
    static LiveUpdate decode(byte[] value) {
        MalformedRecordException.requireAtMost(value, MAX_UPDATE_BYTES, "a live update");
        try {
            JsonNode envelope = JSON.readTree(value);
            JsonNode update = envelope.get("update");
            if (update == null || !update.isObject()) {
                throw new MalformedRecordException("live update record has no \"update\" object");
            }
            return JSON.treeToValue(update, typeOf(envelope.path("type").asString("")));
        } catch (JacksonException | IllegalArgumentException e) {
            throw new MalformedRecordException("not a live update: " + e.getMessage(), e);
        }
    }

    private static Class<? extends LiveUpdate> typeOf(String type) {
        return switch (type) {
            case "CallStarted" -> LiveUpdate.CallStarted.class;
            case "Partial" -> LiveCall.Partial.class;
            case "Segment" -> LiveCall.Segment.class;
            case "Alert" -> LiveCall.Alert.class;
            case "Ended" -> LiveCall.Ended.class;
            case "CallSettled" -> LiveUpdate.CallSettled.class;
            default -> throw new MalformedRecordException("unknown live update type \"" + type + "\"");
        };
    }
}
