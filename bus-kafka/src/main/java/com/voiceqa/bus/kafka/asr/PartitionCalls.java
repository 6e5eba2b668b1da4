package com.voiceqa.bus.kafka.asr;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The calls open on one audio partition of a worker, and the offset it may commit there: the first chunk of the
 * earliest open call (so whoever takes the partition replays that call from its start), or past the last record
 * handled when no call is open.
 */
final class PartitionCalls {

    private final Map<String, CallDecoding> open = new HashMap<>();
    /** Segments per call published by the partition's previous owner, from its last commit. */
    private final Map<String, Long> publishedBefore;
    /** Calls whose first chunk this worker never saw (it was before the committed offset): logged once each. */
    private final Set<String> orphans = new HashSet<>();
    private long handledUpTo = -1;

    /** Starts from a commit's metadata ({@link PublishedPositions}); {@code null} when there was none. */
    PartitionCalls(String commitMetadata) {
        this.publishedBefore = PublishedPositions.decode(commitMetadata);
    }

    /** How many of the call's segments a previous owner published. */
    long publishedBefore(String callId) {
        return publishedBefore.getOrDefault(callId, 0L);
    }

    /** The metadata to commit with {@link #commitOffset}: each open call's segments handed to Kafka so far. */
    String commitMetadata() {
        Map<String, Long> published = new HashMap<>();
        open.forEach((callId, call) -> published.put(callId, call.emitted()));
        return PublishedPositions.encode(published);
    }

    CallDecoding get(String callId) {
        return open.get(callId);
    }

    void open(String callId, CallDecoding call) {
        open.put(callId, call);
    }

    int openCalls() {
        return open.size();
    }

    CallDecoding remove(String callId) {
        orphans.remove(callId);
        publishedBefore.remove(callId);
        return open.remove(callId);
    }

    /** Whether this is the first time the call turned up without its first chunk. */
    boolean firstOrphanSighting(String callId) {
        return orphans.add(callId);
    }

    void handled(long offset) {
        handledUpTo = Math.max(handledUpTo, offset);
    }

    /** The offset to commit, empty when nothing was handled yet. */
    OptionalLong commitOffset() {
        if (handledUpTo < 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(open.values().stream().mapToLong(CallDecoding::firstOffset).min()
                .orElse(handledUpTo + 1));
    }

    /** Drops every open call's session (their audio stays in the log for the next owner). */
    void closeAll() {
        open.values().forEach(CallDecoding::close);
        open.clear();
    }
}
