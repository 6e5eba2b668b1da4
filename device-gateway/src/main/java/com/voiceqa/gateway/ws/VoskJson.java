package com.voiceqa.gateway.ws;

import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.Segment;
import com.voiceqa.core.Word;
import com.voiceqa.core.id.CallId;
import com.voiceqa.core.id.DeviceId;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;

/** The vosk-server text messages: parses what clients send, writes what the server answers. Bounded parsing. */
public final class VoskJson {

    /** What a client's text message asks for. */
    public sealed interface ClientMessage {
        record Config(PhoneConfig config) implements ClientMessage {
        }

        record Eof() implements ClientMessage {
        }
    }

    private final JsonMapper mapper;

    public VoskJson(int maxBytes, int maxDepth) {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxDocumentLength(maxBytes)
                .maxNestingDepth(maxDepth)
                .maxStringLength(maxBytes)
                .maxNumberLength(32)
                .build();
        this.mapper = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits).build()).build();
    }

    /**
     * Parses a client text message.
     *
     * @throws IllegalArgumentException with a message for the client when it is not valid JSON, too deep or too
     *                                  large, or not a vosk message
     */
    public ClientMessage parse(String text) {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("expected a JSON object: {\"config\": {...}} or {\"eof\" : 1}");
        }
        if (root.has("eof")) {
            return new ClientMessage.Eof();
        }
        JsonNode config = root.get("config");
        if (config == null || !config.isObject()) {
            throw new IllegalArgumentException("expected {\"config\": {...}} or {\"eof\" : 1}");
        }
        return new ClientMessage.Config(config(config));
    }

    private static PhoneConfig config(JsonNode c) {
        int rate = c.has("sample_rate") ? sampleRate(c.get("sample_rate")) : PhoneConfig.DEFAULT_SAMPLE_RATE;
        boolean words = !c.has("words") || flag(c, "words");
        ChannelLayout layout = text(c, "layout").map(VoskJson::layout).orElse(ChannelLayout.MONO);
        return new PhoneConfig(rate, words, text(c, "device_id").map(id -> value(() -> new DeviceId(id))),
                text(c, "token"), text(c, "call_id").map(id -> value(() -> new CallId(id))),
                text(c, "rep_id").orElse(""), text(c, "account_id").orElse(""), layout);
    }

    private static int sampleRate(JsonNode v) {
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new InvalidConfig("sample_rate must be a whole number of Hz, e.g. 16000");
        }
        return v.intValue();
    }

    private static boolean flag(JsonNode c, String key) {
        JsonNode v = c.get(key);
        if (!v.isBoolean()) {
            throw new InvalidConfig(key + " must be true or false");
        }
        return v.booleanValue();
    }

    private static ChannelLayout layout(String roles) {
        return value(() -> ChannelLayout.parse(roles));
    }

    private static Optional<String> text(JsonNode c, String key) {
        JsonNode v = c.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isString()) {
            throw new InvalidConfig(key + " must be a string");
        }
        return Optional.of(v.stringValue());
    }

    /** Runs a value type's constructor, turning its refusal into an {@link InvalidConfig} with the same message. */
    private static <T> T value(java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidConfig(e.getMessage());
        }
    }

    /** A config message that is valid JSON but asks for something invalid (a wrong type, a bad id or value). */
    public static final class InvalidConfig extends IllegalArgumentException {
        public InvalidConfig(String message) {
            super("invalid config: " + message);
        }
    }

    /**
     * A partial message: {@code {"partial": text}} as vosk-server sends, plus {@code "speaker"} (the channel's role)
     * for stereo calls and {@code "queued": true} while the call is recorded but waits for transcription capacity.
     */
    public String partial(String text, String speaker, boolean stereo, boolean queued) {
        ObjectNode root = mapper.createObjectNode().put("partial", text);
        if (stereo) {
            root.put("speaker", speaker);
        }
        if (queued) {
            root.put("queued", true);
        }
        return root.toString();
    }

    /** The answer to eof for a call whose transcription waits for capacity: no text yet, and why. */
    public String queuedResult() {
        return mapper.createObjectNode().put("text", "").put("queued", true).toString();
    }

    /**
     * A result message of one or more segments (merged for the final answer at eof, since vosk clients read exactly
     * one message after eof). The {@code speaker} key is added for stereo calls only, so mono output matches
     * vosk-server's.
     */
    public String result(List<Segment> segments, boolean words, boolean stereo) {
        ObjectNode root = mapper.createObjectNode();
        if (words && segments.stream().anyMatch(s -> !s.words().isEmpty())) {
            ArrayNode result = root.putArray("result");
            for (Segment s : segments) {
                for (Word w : s.words()) {
                    result.addObject().put("conf", w.conf()).put("end", w.end()).put("start", w.start())
                            .put("word", w.word());
                }
            }
        }
        if (stereo && !segments.isEmpty()) {
            root.put("speaker", segments.getFirst().speaker());
        }
        root.put("text", String.join(" ", segments.stream().map(Segment::text).filter(t -> !t.isEmpty()).toList()));
        return root.toString();
    }
}
