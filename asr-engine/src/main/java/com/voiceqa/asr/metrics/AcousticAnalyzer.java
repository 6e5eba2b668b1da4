package com.voiceqa.asr.metrics;

import com.voiceqa.asr.ChannelLayout;
import com.voiceqa.asr.Segment;
import com.voiceqa.asr.audio.PcmAudio;

import java.util.List;

/** Computes a call's acoustic metrics from its audio; needs no speech model. */
public final class AcousticAnalyzer {

    private AcousticAnalyzer() {
    }

    /**
     * @param audio              the call's audio, one channel per role in {@code layout}
     * @param layout             the speaker role of each channel
     * @param segments           the transcript (used for speech rate only); may be empty
     * @param longSilenceSeconds silences at least this long are listed as long silences
     */
    public static CallMetrics analyze(PcmAudio audio, ChannelLayout layout, List<Segment> segments,
                                      double longSilenceSeconds) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
