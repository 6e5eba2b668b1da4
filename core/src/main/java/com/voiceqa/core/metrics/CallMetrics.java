package com.voiceqa.core.metrics;

import java.util.List;

/**
 * Acoustic metrics of a whole call, computed from the audio.
 *
 * @param durationSeconds         length of the audio
 * @param channels                per-channel metrics, in channel order
 * @param silences                spans where no channel speaks (leading and trailing silence excluded)
 * @param longestSilence          the longest of {@code silences} in seconds (0 when none)
 * @param longSilenceThreshold    the threshold used for {@code longSilences} (seconds)
 * @param longSilences            silences at least {@code longSilenceThreshold} long
 * @param overlaps                spans where two channels speak at once, with who interrupted whom
 */
public record CallMetrics(double durationSeconds, List<ChannelMetrics> channels, List<Interval> silences,
                          double longestSilence, double longSilenceThreshold, List<Interval> longSilences,
                          List<Overlap> overlaps) {
    public CallMetrics {
        channels = List.copyOf(channels);
        silences = List.copyOf(silences);
        longSilences = List.copyOf(longSilences);
        overlaps = List.copyOf(overlaps);
    }

    /**
     * The same metrics with two roles' names exchanged (a reviewer found the diarizer gave the rep's speech to the
     * customer and the other way round): per-role figures and who interrupted whom follow the people.
     */
    public CallMetrics withRolesSwapped(String a, String b) {
        java.util.function.UnaryOperator<String> swap = role -> role.equals(a) ? b : role.equals(b) ? a : role;
        return new CallMetrics(durationSeconds, channels.stream().map(c -> new ChannelMetrics(swap.apply(c.role()),
                c.speech(), c.speechSeconds(), c.talkRatio(), c.longestMonologue(), c.interruptionsMade(),
                c.speechRatePerMinute())).toList(), silences, longestSilence, longSilenceThreshold, longSilences,
                overlaps.stream().map(o -> new Overlap(o.start(), o.end(), swap.apply(o.interrupter()),
                        swap.apply(o.interrupted()))).toList());
    }

    /** The metrics of the channel with this role, if present. */
    public java.util.Optional<ChannelMetrics> channel(String role) {
        return channels.stream().filter(c -> c.role().equals(role)).findFirst();
    }
}
