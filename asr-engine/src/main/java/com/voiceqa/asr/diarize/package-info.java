/**
 * Who said what on mono audio (a badge's single microphone): speaker segmentation and role assignment.
 *
 * <p>{@link com.voiceqa.asr.diarize.VoiceFeatureTrack} turns the audio into 10 ms frames of voice features (MFCC,
 * log energy, YIN pitch, all from TarsosDSP) while it streams; {@link com.voiceqa.asr.diarize.SpeakerClustering}
 * splits the speech into two voices (windows → 2-component GMM → frame-level re-segmentation with Viterbi
 * smoothing); {@link com.voiceqa.asr.diarize.RoleAssigner} decides which voice is the rep (the wearer is louder; the
 * rep's words sound like a rep; the rep usually opens the call); {@link com.voiceqa.asr.diarize.SegmentSplitter}
 * cuts the recognizer's segments at the speaker changes using word timings. {@link com.voiceqa.asr.diarize.Diarizer}
 * is the entry point. Depends on {@code asr}, {@code asr.metrics} and {@code asr.text} only.
 */
package com.voiceqa.asr.diarize;
