package com.voiceqa.core;

import com.voiceqa.core.metrics.CallMetrics;

import java.util.List;

/** The result of transcribing a whole call: segments of all channels ordered by start time, and acoustic metrics. */
public record Transcript(List<Segment> segments, CallMetrics metrics) {
    public Transcript {
        segments = List.copyOf(segments);
    }
}
