package com.voiceqa.asr.metrics;

import com.voiceqa.asr.audio.PcmAudio;
import com.voiceqa.asr.text.TextNormalizer;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.Segment;
import com.voiceqa.core.metrics.CallMetrics;
import com.voiceqa.core.metrics.ChannelMetrics;
import com.voiceqa.core.metrics.Interval;
import com.voiceqa.core.metrics.Overlap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Computes a call's acoustic metrics from its audio; needs no speech model. Speech and silence come from the
 * channels' energy ({@link SpeechDetector}); only the speech rate uses the transcript.
 *
 * <p>Invariants: silences and overlaps lie inside the call; an overlap starts where the interrupter started
 * speaking and ends where the first of the two stopped; talk ratios of all channels add up to 1 when anyone spoke.
 */
public final class AcousticAnalyzer {

    /** Gaps where nobody speaks shorter than this are pauses within the flow, not silences. */
    static final double MIN_SILENCE_SECONDS = 0.25;
    /** Both channels speaking for less than this is a backchannel or an echo, not an interruption. */
    static final double MIN_OVERLAP_SECONDS = 0.15;
    /** A speaker's pauses shorter than this, with nobody else speaking, do not end their monologue. */
    static final double TURN_GAP_SECONDS = 1.5;

    private AcousticAnalyzer() {
    }

    /** Silences at least this long count as long silences unless configured otherwise (AsrConfig, demo, uploads). */
    public static final double DEFAULT_LONG_SILENCE_SECONDS = 5.0;

    /**
     * @param audio              the call's audio, one channel per role in {@code layout}
     * @param layout             the speaker role of each channel
     * @param segments           the transcript (used for speech rate only); may be empty
     * @param longSilenceSeconds silences at least this long are listed as long silences
     */
    public static CallMetrics analyze(PcmAudio audio, ChannelLayout layout, List<Segment> segments,
                                      double longSilenceSeconds) {
        if (audio.channels() != layout.channels()) {
            throw new IllegalArgumentException("the audio has " + audio.channels() + " channels but the layout names "
                    + layout.channels() + " roles " + layout.roles());
        }
        List<float[]> levels = new ArrayList<>();
        for (int c = 0; c < audio.channels(); c++) {
            EnergyTrack track = new EnergyTrack(audio.sampleRate());
            track.accept(audio.channel(c), 0, audio.frames());
            levels.add(track.levels());
        }
        return analyze(levels, audio.durationSeconds(), layout, segments, longSilenceSeconds);
    }

    /**
     * The same from per-channel frame levels gathered while streaming ({@link EnergyTrack#levels()}).
     */
    public static CallMetrics analyze(List<float[]> channelLevels, double durationSeconds, ChannelLayout layout,
                                      List<Segment> segments, double longSilenceSeconds) {
        List<List<Interval>> speech = channelLevels.stream()
                .map(levels -> SpeechDetector.speech(levels, EnergyTrack.FRAME_SECONDS))
                .toList();
        return fromSpeech(speech, overlaps(speech, layout), durationSeconds, layout, segments, longSilenceSeconds);
    }

    /**
     * The same from each role's speech spans and the overlaps between them, when the roles share a channel and
     * the spans come from diarization ({@link com.voiceqa.asr.diarize.Diarizer}) rather than from per-channel levels.
     */
    public static CallMetrics fromSpeech(List<List<Interval>> speech, List<Overlap> overlaps, double durationSeconds,
                                         ChannelLayout layout, List<Segment> segments, double longSilenceSeconds) {
        List<Interval> anyone = Intervals.union(speech);
        List<Interval> silences = Intervals.gaps(anyone, MIN_SILENCE_SECONDS);
        double totalSpeech = speech.stream().mapToDouble(Intervals::total).sum();

        List<ChannelMetrics> channels = new ArrayList<>();
        for (int c = 0; c < layout.channels(); c++) {
            String role = layout.role(c);
            double seconds = Intervals.total(speech.get(c));
            channels.add(new ChannelMetrics(role, speech.get(c), Intervals.round(seconds),
                    totalSpeech > 0 ? seconds / totalSpeech : 0, Intervals.round(longestMonologue(speech, c)),
                    (int) overlaps.stream().filter(o -> o.interrupter().equals(role)).count(),
                    speechRate(segments, role)));
        }
        double longest = silences.stream().mapToDouble(Interval::duration).max().orElse(0);
        return new CallMetrics(Intervals.round(durationSeconds), channels, silences, Intervals.round(longest),
                longSilenceSeconds, silences.stream().filter(s -> s.duration() >= longSilenceSeconds).toList(),
                overlaps);
    }

    /** Intersections of two channels' speech; the interrupter is whoever started while the other was speaking. */
    private static List<Overlap> overlaps(List<List<Interval>> speech, ChannelLayout layout) {
        List<Overlap> overlaps = new ArrayList<>();
        for (int a = 0; a < speech.size(); a++) {
            for (int b = a + 1; b < speech.size(); b++) {
                for (Interval x : speech.get(a)) {
                    for (Interval y : speech.get(b)) {
                        double start = Math.max(x.start(), y.start());
                        double end = Math.min(x.end(), y.end());
                        if (end - start >= MIN_OVERLAP_SECONDS) {
                            boolean aInterrupts = x.start() > y.start();
                            overlaps.add(new Overlap(start, end, layout.role(aInterrupts ? a : b),
                                    layout.role(aInterrupts ? b : a)));
                        }
                    }
                }
            }
        }
        overlaps.sort(Comparator.comparingDouble(Overlap::start));
        return overlaps;
    }

    /** The longest run of one channel's speech, pauses under the turn gap bridged, with no other channel speaking. */
    private static double longestMonologue(List<List<Interval>> speech, int channel) {
        record Tagged(int channel, Interval span) {
        }
        List<Tagged> all = new ArrayList<>();
        for (int c = 0; c < speech.size(); c++) {
            for (Interval span : speech.get(c)) {
                all.add(new Tagged(c, span));
            }
        }
        all.sort(Comparator.comparingDouble(t -> t.span().start()));
        double longest = 0;
        double runStart = -1;
        double runEnd = -1;
        for (Tagged t : all) {
            boolean continues = runStart >= 0 && t.channel() == channel && t.span().start() - runEnd < TURN_GAP_SECONDS;
            if (t.channel() != channel) {
                boolean overlapsRun = runStart >= 0 && t.span().start() < runEnd;
                if (runStart >= 0) {
                    longest = Math.max(longest, (overlapsRun ? t.span().start() : runEnd) - runStart);
                }
                runStart = -1;
            } else if (continues) {
                runEnd = Math.max(runEnd, t.span().end());
            } else {
                if (runStart >= 0) {
                    longest = Math.max(longest, runEnd - runStart);
                }
                runStart = t.span().start();
                runEnd = t.span().end();
            }
        }
        return runStart >= 0 ? Math.max(longest, runEnd - runStart) : longest;
    }

    /** Transcript units (Chinese characters, or words) per minute of the role's segment time. */
    private static double speechRate(List<Segment> segments, String role) {
        int units = 0;
        double seconds = 0;
        for (Segment segment : segments) {
            if (segment.speaker().equals(role)) {
                units += TextNormalizer.speechUnits(segment.text());
                seconds += segment.end() - segment.start();
            }
        }
        return seconds > 0 ? Math.round(units / seconds * 60.0 * 10.0) / 10.0 : 0;
    }
}
