package com.voiceqa.asr.diarize;

import com.voiceqa.asr.BadgeRenders;
import com.voiceqa.asr.DiarizationScore;
import com.voiceqa.asr.LabeledAudioCall;
import com.voiceqa.asr.audio.PcmAudio;
import com.voiceqa.asr.audio.WavReader;
import com.voiceqa.core.Segment;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The diarizer alone (no recognizer) on badge renders of the 20 labeled calls: share of labeled speech time with the
 * right role and the median speaker-change error, per mix. The recognizer-level figure is in
 * {@code MonoTranscriptionTest}.
 */
class DiarizationAccuracyTest {

    /** Issue 10's bar: 90 % of labeled speech time with the right role, changes within 300 ms at the median. */
    private static final double MIN_ACCURACY = 0.90;
    private static final double MAX_MEDIAN_CHANGE_ERROR = 0.3;

    @Test
    void acousticRolesOnEveryMix() {
        measure(Diarizer.acousticOnly(), false);
    }

    /** Text cues from the labeled turns' words (the Mandarin a recognizer would give, without its errors). */
    @Test
    void withTextCuesOnEveryMix() {
        measure(Diarizer.withTextCues(), true);
    }

    private static void measure(Diarizer diarizer, boolean withText) {
        for (BadgeRenders.Mix mix : BadgeRenders.Mix.values()) {
            DiarizationScore score = new DiarizationScore();
            StringBuilder perCall = new StringBuilder();
            for (LabeledAudioCall call : LabeledAudioCall.all()) {
                Diarization diarization = diarizer.diarize(features(BadgeRenders.render(call, mix)),
                        withText ? labeledText(call) : List.of());
                DiarizationScore one = new DiarizationScore();
                one.add(call, diarization::roleAt, changes(diarization));
                score.add(call, diarization::roleAt, changes(diarization));
                perCall.append(String.format(Locale.ROOT, " %s %.2f/%.2f", call.id(), one.accuracy(), one.medianBoundaryError()));
            }
            System.out.printf(Locale.ROOT, "diarization %s %s: role accuracy %.3f, median change error %.3f s%n%s%n",
                    withText ? "with text" : "acoustic", mix.label(), score.accuracy(), score.medianBoundaryError(), perCall);
            assertTrue(score.accuracy() >= MIN_ACCURACY, mix.label() + ": role accuracy " + score.accuracy());
            assertTrue(score.medianBoundaryError() <= MAX_MEDIAN_CHANGE_ERROR,
                    mix.label() + ": median change error " + score.medianBoundaryError());
        }
    }

    /** The labeled turns as segments of the mono channel, without word timings. */
    private static List<Segment> labeledText(LabeledAudioCall call) {
        return call.turns().stream().map(t -> new Segment("mixed", t.start(), t.end(), t.text(), List.of())).toList();
    }

    private static VoiceFeatures features(java.nio.file.Path wav) {
        PcmAudio audio = WavReader.read(wav);
        return VoiceFeatureTrack.of(audio.channel(0), audio.sampleRate());
    }

    static List<Double> changes(Diarization diarization) {
        List<Double> changes = new ArrayList<>();
        for (int i = 1; i < diarization.turns().size(); i++) {
            SpeakerTurn before = diarization.turns().get(i - 1);
            SpeakerTurn after = diarization.turns().get(i);
            if (!before.role().equals(after.role())) {
                changes.add((before.end() + after.start()) / 2);
            }
        }
        return changes;
    }
}
