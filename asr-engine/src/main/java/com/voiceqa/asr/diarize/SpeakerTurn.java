package com.voiceqa.asr.diarize;

/**
 * A stretch of speech by one role on mono audio.
 *
 * @param role       {@code rep} or {@code customer}
 * @param start      seconds from the start of the call
 * @param end        seconds from the start of the call
 * @param confidence probability (0.5..1) that the role is right: the voice was told apart and the voice's role
 *                   was decided correctly
 * @param interrupted true when this turn starts with no pause after the other role's turn (spoke over it)
 */
public record SpeakerTurn(String role, double start, double end, double confidence, boolean interrupted) {

    public double duration() {
        return end - start;
    }
}
