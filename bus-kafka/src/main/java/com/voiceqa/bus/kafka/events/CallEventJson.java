package com.voiceqa.bus.kafka.events;

import com.voiceqa.bus.kafka.KafkaClients;
import com.voiceqa.bus.kafka.MalformedRecordException;
import com.voiceqa.core.events.CallEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;

/**
 * The JSON form of a {@link CallEvent} on the events topic (UTF-8):
 * <pre>
 * {"type": "Started" | "Partial" | "FinalSegment" | "Ended",
 *  "event": {the record's components by name: "call" (CallMetadata: key {device, call}, repId, accountId, source,
 *            format {sampleRate, layout {roles}}, recordedAt ISO-8601, storeAndForward), then "partial",
 *            "segment" or recording, audioBytes, transcript, reason}}
 * </pre>
 * Decoding goes through the records' constructors, so ids, roles and rates obey the same rules as at the gateway's
 * door; anything else is a {@link MalformedRecordException}.
 */
public final class CallEventJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CallEventJson() {
    }

    public static byte[] encode(CallEvent event) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("type", event.getClass().getSimpleName());
        envelope.set("event", JSON.valueToTree(event));
        return JSON.writeValueAsString(envelope).getBytes(StandardCharsets.UTF_8);
    }

    /** @throws MalformedRecordException when {@code value} is not a call event this version wrote */
    public static CallEvent decode(byte[] value) {
        MalformedRecordException.requireAtMost(value, KafkaClients.MAX_RECORD_BYTES, "a call event");
        try {
            JsonNode envelope = JSON.readTree(value);
            JsonNode event = envelope.get("event");
            if (event == null || !event.isObject()) {
                throw new MalformedRecordException("call event record has no \"event\" object");
            }
            return JSON.treeToValue(event, typeOf(envelope.path("type").asString("")));
        } catch (JacksonException | IllegalArgumentException e) {
            throw new MalformedRecordException("not a call event: " + e.getMessage(), e);
        }
    }

    private static Class<? extends CallEvent> typeOf(String type) {
        return switch (type) {
            case "Started" -> CallEvent.Started.class;
            case "Partial" -> CallEvent.Partial.class;
            case "FinalSegment" -> CallEvent.FinalSegment.class;
            case "Ended" -> CallEvent.Ended.class;
            default -> throw new MalformedRecordException("unknown call event type \"" + type + "\"");
        };
    }
}
