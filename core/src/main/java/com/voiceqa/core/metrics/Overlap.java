package com.voiceqa.core.metrics;

/**
 * Both channels speaking at once. The interrupter is the one who started speaking while the other was talking.
 *
 * @param start       when the interrupter started (seconds)
 * @param end         when the overlap ended (seconds)
 * @param interrupter role that started speaking over the other
 * @param interrupted role that was speaking first
 */
public record Overlap(double start, double end, String interrupter, String interrupted) {
    public double duration() {
        return end - start;
    }
}
