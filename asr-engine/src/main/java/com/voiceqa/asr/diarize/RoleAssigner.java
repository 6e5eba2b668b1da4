package com.voiceqa.asr.diarize;

import java.util.List;

/**
 * Decides which of two voices is the rep, as log-odds that add up:
 * <ul>
 *   <li><b>level</b>: the badge is worn by the rep, so the rep's voice reaches its microphone louder; level
 *       differences under {@value #LEVEL_DEAD_ZONE_DB} dB are what two voices at one distance show anyway and
 *       count for nothing;</li>
 *   <li><b>text</b>: the {@link RoleTextScorer}'s evidence for each voice's words (when there is a transcript in a
 *       language the scorer knows);</li>
 *   <li><b>conversation</b>: the rep usually opens the call and usually talks more (weak priors: inbound calls
 *       and complaint calls break them).</li>
 * </ul>
 */
final class RoleAssigner {

    static final double LEVEL_DEAD_ZONE_DB = 3;
    private static final double LOGIT_PER_DB = 1.5;
    private static final double TEXT_NATS_PER_LOGIT = 10;
    private static final double MAX_TEXT_LOGIT = 6;
    private static final double OPENER_LOGIT = 1.0;
    private static final double TALK_SHARE_LOGIT = 1.0;
    /** The opening: this much of the call's first speech; a majority over it outvotes a stray frame or a "喂". */
    private static final double OPENING_SECONDS = 4;

    /** The evidence per voice that feeds the decision. */
    record VoiceEvidence(double meanLevelDb, double speechSeconds, double textScore) {
    }

    private RoleAssigner() {
    }

    /** Log-odds that voice 1 is the rep; {@code firstVoice} opened the call (-1 when nobody spoke). */
    static double repLogOdds(VoiceEvidence voice0, VoiceEvidence voice1, int firstVoice, boolean useText) {
        double levelDifference = voice1.meanLevelDb() - voice0.meanLevelDb();
        double level = Math.signum(levelDifference)
                * Math.max(0, Math.abs(levelDifference) - LEVEL_DEAD_ZONE_DB) * LOGIT_PER_DB;
        double text = useText ? Math.clamp((voice1.textScore() - voice0.textScore()) / TEXT_NATS_PER_LOGIT,
                -MAX_TEXT_LOGIT, MAX_TEXT_LOGIT) : 0;
        double opener = firstVoice < 0 ? 0 : firstVoice == 1 ? OPENER_LOGIT : -OPENER_LOGIT;
        double total = voice0.speechSeconds() + voice1.speechSeconds();
        double talk = total > 0 ? (voice1.speechSeconds() / total - 0.5) * 2 * TALK_SHARE_LOGIT : 0;
        return level + text + opener + talk;
    }

    /** The voice with the most speech in the call's first {@value #OPENING_SECONDS} s of speech, or -1. */
    static int opener(List<SpeakerClustering.VoiceTurn> turns) {
        int budget = (int) Math.round(OPENING_SECONDS / VoiceFeatureTrack.FRAME_SECONDS);
        int[] frames = new int[2];
        for (SpeakerClustering.VoiceTurn t : turns) {
            int take = Math.min(budget, t.endFrame() - t.startFrame());
            frames[t.voice()] += take;
            budget -= take;
            if (budget == 0) {
                break;
            }
        }
        return frames[0] == frames[1] ? -1 : frames[1] > frames[0] ? 1 : 0;
    }
}
