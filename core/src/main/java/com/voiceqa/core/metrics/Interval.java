package com.voiceqa.core.metrics;

/** A time span in seconds from the start of the call. */
public record Interval(double start, double end) {
    public double duration() {
        return end - start;
    }
}
