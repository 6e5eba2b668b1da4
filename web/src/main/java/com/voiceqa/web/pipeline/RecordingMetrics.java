package com.voiceqa.web.pipeline;

import com.voiceqa.asr.audio.WavReader;
import com.voiceqa.asr.metrics.AcousticAnalyzer;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.Segment;
import com.voiceqa.core.metrics.CallMetrics;

import java.nio.file.Path;
import java.util.List;

/**
 * Acoustic metrics measured from a stored recording, without a speech model: the demo's rendered calls, and device
 * calls that arrived while live ASR was off (silences, talk ratio and interruptions need only the audio).
 */
public final class RecordingMetrics {

    private RecordingMetrics() {
    }

    /** @param segments the transcript, for speech rate only; empty when there is none */
    public static CallMetrics measure(Path wav, ChannelLayout layout, List<Segment> segments) {
        return AcousticAnalyzer.analyze(WavReader.read(wav), layout, segments,
                AcousticAnalyzer.DEFAULT_LONG_SILENCE_SECONDS);
    }
}
