package com.voiceqa.bus.kafka.asr;

import java.util.HashMap;
import java.util.Map;

/**
 * How many segments each open call of a partition had published when the worker committed, carried in the commit's
 * metadata ({@code v1;<callId>=<count>;...}) so that the member replaying those calls after a failover skips the
 * positions already on the segments topic. Only an economy: calls left out (the metadata is bounded, the broker
 * takes 4 KiB) or segments published after the commit are published again, and readers drop them by key.
 */
final class PublishedPositions {

    /** Below the broker's default {@code offset.metadata.max.bytes} (4096). */
    static final int MAX_CHARS = 3000;
    private static final String VERSION = "v1";

    private PublishedPositions() {
    }

    static String encode(Map<String, Long> published) {
        StringBuilder text = new StringBuilder(VERSION);
        for (Map.Entry<String, Long> call : published.entrySet()) {
            String entry = ";" + call.getKey() + "=" + call.getValue();
            if (text.length() + entry.length() > MAX_CHARS) {
                break;
            }
            text.append(entry);
        }
        return text.toString();
    }

    /** What {@link #encode} wrote; anything else (another version, no metadata) is read as nothing published. */
    static Map<String, Long> decode(String metadata) {
        Map<String, Long> published = new HashMap<>();
        if (metadata == null || metadata.length() > MAX_CHARS || !metadata.startsWith(VERSION + ";")) {
            return published;
        }
        for (String entry : metadata.substring(VERSION.length() + 1).split(";")) {
            int equals = entry.lastIndexOf('=');
            try {
                published.put(entry.substring(0, equals), Long.parseLong(entry.substring(equals + 1)));
            } catch (RuntimeException e) { // not ours: publishing again is always safe
                return Map.of();
            }
        }
        return published;
    }
}
