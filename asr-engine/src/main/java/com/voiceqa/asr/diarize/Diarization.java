package com.voiceqa.asr.diarize;

import java.util.List;

/**
 * Who spoke when on a mono channel.
 *
 * @param turns          speech turns in time order, each with its role
 * @param twoVoices      whether two voices were found (else all speech is the wearer's, the rep)
 * @param repProbability how sure the role decision is that the voice called rep is the rep (0.5..1)
 */
public record Diarization(List<SpeakerTurn> turns, boolean twoVoices, double repProbability) {

    public Diarization {
        turns = List.copyOf(turns);
    }

    /** The role speaking at {@code seconds}, else the role of the nearest turn; {@code null} without turns. */
    public SpeakerTurn turnAt(double seconds) {
        SpeakerTurn nearest = null;
        double distance = Double.MAX_VALUE;
        for (SpeakerTurn turn : turns) {
            double d = seconds < turn.start() ? turn.start() - seconds : seconds > turn.end() ? seconds - turn.end() : 0;
            if (d < distance) {
                distance = d;
                nearest = turn;
            }
        }
        return nearest;
    }

    /** The role at {@code seconds}: of the turn there, else of the nearest turn; {@code null} without turns. */
    public String roleAt(double seconds) {
        SpeakerTurn turn = turnAt(seconds);
        return turn == null ? null : turn.role();
    }

    /** The same turns with rep and customer exchanged (a reviewer's correction of the whole call). */
    public Diarization swapped() {
        return new Diarization(turns.stream().map(t -> new SpeakerTurn(Roles.other(t.role()), t.start(), t.end(),
                t.confidence(), t.interrupted())).toList(), twoVoices, repProbability);
    }
}
