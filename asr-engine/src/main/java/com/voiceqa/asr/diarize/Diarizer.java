package com.voiceqa.asr.diarize;

import com.voiceqa.core.Segment;
import com.voiceqa.core.Word;

import java.util.ArrayList;
import java.util.List;

/**
 * Speaker diarization of mono call audio: which stretches are the rep's and which the customer's. Stateless and
 * thread-safe; costs a few milliseconds per minute of audio on top of the feature extraction
 * ({@link VoiceFeatureTrack}), which runs while the audio streams.
 */
public final class Diarizer {

    /** Confidence of roles when only one voice was heard (the wearer, most likely, but nothing confirms it). */
    private static final double SINGLE_VOICE_CONFIDENCE = 0.6;
    /** A speaker change with fewer quiet frames than this around it is a barge-in, not turn-taking. */
    private static final int MAX_QUIET_FRAMES_FOR_BARGE_IN = 5;

    private final RoleTextScorer textScorer;
    private final boolean useText;

    private Diarizer(RoleTextScorer textScorer, boolean useText) {
        this.textScorer = textScorer;
        this.useText = useText;
    }

    /** Uses acoustics, the conversation and the words (the built-in Chinese text scorer). */
    public static Diarizer withTextCues() {
        return new Diarizer(RoleTextScorer.builtIn(), true);
    }

    /** Uses acoustics and the conversation only (e.g. when the transcript's language is not the scorer's). */
    public static Diarizer acousticOnly() {
        return new Diarizer(null, false);
    }

    /** The text cue needs Chinese text; other languages get the acoustic decision. */
    public static Diarizer forLanguage(String language) {
        return "zh".equals(language) ? withTextCues() : acousticOnly();
    }

    /**
     * @param features   the channel's voice features
     * @param transcript the channel's segments (only their words and times are used, for the text cue); may be empty
     */
    public Diarization diarize(VoiceFeatures features, List<Segment> transcript) {
        return diarize(features, transcript, 0);
    }

    /**
     * Diarizes only the most recent audio (a live call's provisional roles: the cost stays flat however long the
     * call grows, and a voice's role is decided on what was said lately).
     */
    public Diarization diarizeRecent(VoiceFeatureTrack.Recent recent, List<Segment> transcript) {
        return diarize(recent.features(), transcript, recent.firstFrame());
    }

    /** {@code offset}: the frame of the whole call that {@code features} start at. */
    private Diarization diarize(VoiceFeatures features, List<Segment> transcript, int offset) {
        SpeakerClustering.Result voices = SpeakerClustering.cluster(features);
        if (!voices.twoVoices()) {
            List<SpeakerTurn> turns = voices.turns().stream()
                    .map(t -> new SpeakerTurn(Roles.REP, seconds(offset + t.startFrame()), seconds(offset + t.endFrame()),
                            SINGLE_VOICE_CONFIDENCE, false))
                    .toList();
            return new Diarization(turns, false, SINGLE_VOICE_CONFIDENCE);
        }
        double logOdds = RoleAssigner.repLogOdds(evidence(voices, features, transcript, 0, offset),
                evidence(voices, features, transcript, 1, offset), RoleAssigner.opener(voices.turns()), useText);
        int repVoice = logOdds >= 0 ? 1 : 0;
        double roleCertainty = 1 / (1 + Math.exp(-Math.abs(logOdds)));
        List<SpeakerTurn> turns = new ArrayList<>();
        SpeakerClustering.VoiceTurn previous = null;
        for (SpeakerClustering.VoiceTurn t : voices.turns()) {
            double voiceCertainty = t.loudFrames() > 0
                    ? 1 / (1 + Math.exp(-2 * t.llrSum() / t.loudFrames())) : 0.5;
            double confidence = voiceCertainty * roleCertainty + (1 - voiceCertainty) * (1 - roleCertainty);
            boolean bargeIn = previous != null && previous.voice() != t.voice() && previous.endFrame() == t.startFrame()
                    && quietFramesAround(voices.loud(), t.startFrame()) < MAX_QUIET_FRAMES_FOR_BARGE_IN;
            turns.add(new SpeakerTurn(t.voice() == repVoice ? Roles.REP : Roles.CUSTOMER, seconds(offset + t.startFrame()),
                    seconds(offset + t.endFrame()), round(Math.max(0.5, confidence)), bargeIn));
            previous = t;
        }
        return new Diarization(turns, true, round(roleCertainty));
    }

    private RoleAssigner.VoiceEvidence evidence(SpeakerClustering.Result voices, VoiceFeatures features,
                                                List<Segment> transcript, int voice, int offset) {
        double levelSum = 0;
        int loud = 0;
        int speech = 0;
        for (int i = 0; i < voices.labels().length; i++) {
            if (voices.labels()[i] == voice) {
                speech++;
                if (voices.loud()[i]) {
                    levelSum += features.level(i);
                    loud++;
                }
            }
        }
        return new RoleAssigner.VoiceEvidence(loud > 0 ? levelSum / loud : -120, speech * VoiceFeatureTrack.FRAME_SECONDS,
                useText ? textScorer.score(textOf(voices, transcript, voice, offset)) : 0);
    }

    /** The words said while {@code voice} spoke, runs of one segment joined (so bigrams span word boundaries). */
    private static String textOf(SpeakerClustering.Result voices, List<Segment> transcript, int voice, int offset) {
        double shift = offset * VoiceFeatureTrack.FRAME_SECONDS;
        StringBuilder text = new StringBuilder();
        for (Segment segment : transcript) {
            if (segment.words().isEmpty()) {
                if (voiceAt(voices, (segment.start() + segment.end()) / 2 - shift) == voice) {
                    text.append(segment.text()).append(' ');
                }
                continue;
            }
            for (Word word : segment.words()) {
                if (voiceAt(voices, (word.start() + word.end()) / 2 - shift) == voice) {
                    text.append(word.word());
                } else {
                    text.append(' ');
                }
            }
            text.append(' ');
        }
        return text.toString();
    }

    private static int voiceAt(SpeakerClustering.Result voices, double seconds) {
        int frame = (int) (seconds / VoiceFeatureTrack.FRAME_SECONDS);
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (SpeakerClustering.VoiceTurn t : voices.turns()) {
            int d = frame < t.startFrame() ? t.startFrame() - frame : frame >= t.endFrame() ? frame - t.endFrame() + 1 : 0;
            if (d < bestDistance) {
                bestDistance = d;
                best = t.voice();
            }
        }
        return best;
    }

    private static int quietFramesAround(boolean[] loud, int frame) {
        int quiet = 0;
        for (int i = Math.max(0, frame - 15); i < Math.min(loud.length, frame + 15); i++) {
            quiet += loud[i] ? 0 : 1;
        }
        return quiet;
    }

    private static double seconds(int frame) {
        return Math.round(frame * VoiceFeatureTrack.FRAME_SECONDS * 1000) / 1000.0;
    }

    private static double round(double p) {
        return Math.round(p * 1000) / 1000.0;
    }
}
