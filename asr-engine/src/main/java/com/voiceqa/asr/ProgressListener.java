package com.voiceqa.asr;

/** Reports how far a long job (a whole-file transcription, a model download) has got. */
@FunctionalInterface
public interface ProgressListener {

    /**
     * @param done  units done so far (seconds of audio, or bytes)
     * @param total units in all; 0 or negative when unknown
     */
    void progress(double done, double total);

    ProgressListener NONE = (done, total) -> { };
}
