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
    /** Calls whose first chunk this worker never saw (it was before the committed offset): logged once each. */
    private final Set<String> orphans = new HashSet<>();
    private long handledUpTo = -1;

    CallDecoding get(String callId) {
        return open.get(callId);
    }

    void open(String callId, CallDecoding call) {
        open.put(callId, call);
    }

    CallDecoding remove(String callId) {
        orphans.remove(callId);
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
