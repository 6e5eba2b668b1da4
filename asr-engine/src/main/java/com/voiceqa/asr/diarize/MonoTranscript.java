package com.voiceqa.asr.diarize;

import com.voiceqa.asr.metrics.AcousticAnalyzer;
import com.voiceqa.asr.text.TextNormalizer;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.Segment;
import com.voiceqa.core.Transcript;
import com.voiceqa.core.metrics.Interval;
import com.voiceqa.core.metrics.Overlap;

import java.util.ArrayList;
import java.util.List;

/**
 * The transcript of a mono call told apart by speaker: segments split and labeled rep / customer, and the metrics
 * computed per role from the diarized turns, as a stereo call has them per channel. On one microphone two people
 * speaking at once cannot be measured: a barge-in (a change of speaker with no pause) counts as an interruption by
 * the new speaker, and its overlap is the instant of the change.
 */
public final class MonoTranscript {

    /** The per-role layout the metrics of a diarized call are reported in. */
    public static final ChannelLayout ROLES = ChannelLayout.REP_CUSTOMER;

    private MonoTranscript() {
    }

    /** The segments split at speaker changes and labeled with the diarized roles (no metrics). */
    public static List<Segment> labeled(List<Segment> segments, Diarization diarization, TextNormalizer text) {
        return SegmentSplitter.split(segments, diarization, text);
    }

    /**
     * @param segments the recognizer's segments of the mono channel (any speaker name), in time order
     */
    public static Transcript of(List<Segment> segments, Diarization diarization, double durationSeconds,
                                double longSilenceSeconds, TextNormalizer text) {
        List<Segment> labeled = SegmentSplitter.split(segments, diarization, text);
        List<List<Interval>> speech = new ArrayList<>();
        for (String role : ROLES.roles()) {
            speech.add(diarization.turns().stream().filter(t -> t.role().equals(role))
                    .map(t -> new Interval(t.start(), t.end())).toList());
        }
        List<Overlap> bargeIns = diarization.turns().stream().filter(SpeakerTurn::interrupted)
                .map(t -> new Overlap(t.start(), t.start(), t.role(), Roles.other(t.role()))).toList();
        return new Transcript(labeled, AcousticAnalyzer.fromSpeech(speech, bargeIns, durationSeconds, ROLES, labeled,
                longSilenceSeconds));
    }
}
