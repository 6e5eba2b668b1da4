package com.voiceqa.bus.kafka.asr;

import com.voiceqa.core.Segment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Rebuilds each call's transcript from the segments topic, as a reader of it (the analytics role) must: records may
 * come more than once (a worker's replay after a crash, a reader's own restart), so it keeps one segment per
 * (call, position) and knows a call is complete when its completion arrived and every position before it is there.
 * Not thread-safe: feed it from the consumer's thread.
 */
public final class TranscriptAssembler {

    private static final Logger LOG = Logger.getLogger(TranscriptAssembler.class.getName());

    private final Map<String, TreeMap<Long, Segment>> segments = new HashMap<>();
    private final Map<String, Long> expected = new HashMap<>();
    private long repeats;

    public void accept(SegmentRecord record) {
        switch (record) {
            case SegmentRecord.Utterance u -> {
                Segment before = segments.computeIfAbsent(u.callId(), id -> new TreeMap<>())
                        .putIfAbsent(u.position(), u.segment());
                if (before != null) {
                    repeats++;
                    if (!sameUtterance(before, u.segment())) { // a replay that decoded differently: keep the first
                        LOG.warning("segment " + u.key() + " came again with different words; kept the first");
                    }
                }
            }
            case SegmentRecord.Completed c -> expected.put(c.callId(), c.segments());
        }
    }

    /**
     * Whether a repeat says the same: speaker and words. Two decodings of the same audio end utterances at the same
     * places with the same words, but word times can move by a frame and confidences vary (pooled recognizers carry
     * adaptation state from earlier calls), so those are not compared.
     */
    static boolean sameUtterance(Segment a, Segment b) {
        return a.speaker().equals(b.speaker()) && a.text().equals(b.text());
    }

    /** The call's segments in order when all have arrived, else empty. */
    public Optional<List<Segment>> complete(String callId) {
        Long count = expected.get(callId);
        if (count == null) {
            return Optional.empty();
        }
        TreeMap<Long, Segment> received = segments.getOrDefault(callId, new TreeMap<>());
        if (received.headMap(count).size() != count) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(received.headMap(count).values()));
    }

    /** Records dropped because their (call, position) was already there. */
    public long repeats() {
        return repeats;
    }
}
