package com.voiceqa.bus.kafka.asr;

import com.voiceqa.core.Segment;
import com.voiceqa.core.Transcript;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Rebuilds each call's transcript from the segments topic, as a reader of it (the analytics role) must: records may
 * come more than once (a worker's replay after a crash, a reader's own restart), so it keeps one segment per
 * (call, position) and the first completion, and knows a call is complete when its completion arrived and every
 * position before it is there: then {@link #segments} are the live segments as they were emitted and
 * {@link #transcript} the finished transcript of the completion (refined roles of a mono call, metrics).
 * Not thread-safe: feed it from the consumer's thread.
 */
public final class TranscriptAssembler {

    private static final Logger LOG = Logger.getLogger(TranscriptAssembler.class.getName());

    private final Map<String, TreeMap<Long, Segment>> segments = new HashMap<>();
    private final Map<String, SegmentRecord.Completed> completions = new HashMap<>();
    private long repeats;

    /** Takes one record; true when it was new (not a repeat of a position or completion already here). */
    public boolean accept(SegmentRecord record) {
        switch (record) {
            case SegmentRecord.Utterance u -> {
                Segment before = segments.computeIfAbsent(u.callId(), id -> new TreeMap<>())
                        .putIfAbsent(u.position(), u.segment());
                if (before == null) {
                    return true;
                }
                repeats++;
                if (!sameUtterance(before, u.segment())) { // a replay that decoded differently: keep the first
                    LOG.warning("segment " + u.key() + " came again with different words; kept the first");
                }
                return false;
            }
            case SegmentRecord.Completed c -> {
                return completions.putIfAbsent(c.callId(), c) == null;
            }
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

    /** The call's live segments in order when the call is complete, else empty. */
    public Optional<List<Segment>> segments(String callId) {
        SegmentRecord.Completed completion = completions.get(callId);
        if (completion == null) {
            return Optional.empty();
        }
        TreeMap<Long, Segment> received = segments.getOrDefault(callId, new TreeMap<>());
        if (received.headMap(completion.segments()).size() != completion.segments()) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(received.headMap(completion.segments()).values()));
    }

    /** The call's finished transcript when the call is complete, else empty. */
    public Optional<Transcript> transcript(String callId) {
        return segments(callId).map(live -> completions.get(callId).transcript());
    }

    /** Records dropped because their (call, position) was already there. */
    public long repeats() {
        return repeats;
    }
}
