package com.voiceqa.asr.cli;

import com.voiceqa.asr.audio.PcmAudio;
import com.voiceqa.core.Segment;
import com.voiceqa.core.Transcript;
import com.voiceqa.core.metrics.CallMetrics;
import com.voiceqa.core.metrics.ChannelMetrics;
import com.voiceqa.core.metrics.Interval;
import com.voiceqa.core.metrics.Overlap;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The human-readable form of a transcript: one line per segment, then the call's metrics. */
final class TranscriptPrinter {

    private TranscriptPrinter() {
    }

    static void print(Transcript transcript, Path file, PcmAudio audio, PrintStream out) {
        CallMetrics m = transcript.metrics();
        out.printf(Locale.ROOT, "%s: %.1f s, %d Hz, %d channel(s)%n%n", file.getFileName(), m.durationSeconds(),
                audio.sampleRate(), audio.channels());
        int width = m.channels().stream().mapToInt(c -> c.role().length()).max().orElse(5);
        for (Segment s : transcript.segments()) {
            out.printf(Locale.ROOT, "[%s - %s] %-" + width + "s  %s%n", clock(s.start()), clock(s.end()),
                    s.speaker(), s.text());
        }
        if (transcript.segments().isEmpty()) {
            out.println("(no speech recognized)");
        }
        out.printf(Locale.ROOT, "%nMetrics%n");
        out.printf(Locale.ROOT, "  silences: %d, longest %.2f s; long silences (>= %.1f s): %s%n", m.silences().size(),
                m.longestSilence(), m.longSilenceThreshold(), spans(m.longSilences()));
        for (ChannelMetrics c : m.channels()) {
            out.printf(Locale.ROOT, "  %-" + width + "s  talk %3.0f %%, speech %.1f s, longest monologue %.1f s, "
                            + "%.0f units/min, interruptions made %d%n", c.role(), 100 * c.talkRatio(), c.speechSeconds(),
                    c.longestMonologue(), c.speechRatePerMinute(), c.interruptionsMade());
        }
        for (Overlap o : m.overlaps()) {
            out.printf(Locale.ROOT, "  overlap %s - %s: %s interrupted %s%n", clock(o.start()), clock(o.end()),
                    o.interrupter(), o.interrupted());
        }
    }

    private static String spans(List<Interval> spans) {
        return spans.isEmpty() ? "none" : spans.stream()
                .map(s -> clock(s.start()) + " - " + clock(s.end()))
                .collect(Collectors.joining(", "));
    }

    /** m:ss.ss */
    private static String clock(double seconds) {
        int minutes = (int) (seconds / 60);
        return String.format(Locale.ROOT, "%d:%05.2f", minutes, seconds - 60 * minutes);
    }
}
