package com.voiceqa.asr.engine;

import java.util.SplittableRandom;

/**
 * The low noise Kaldi adds to audio before it computes features, drawn from a generator of the channel's own so that
 * the same audio always decodes to the same words.
 *
 * <p>Kaldi dithers every frame with Gaussian noise of one unit of the 16-bit range (its {@code --dither}, 1.0 by
 * default) drawn from the C library's process-wide {@code rand()}. The numbers a frame gets then depend on every frame
 * any recognizer in the process took before it: the same recording decodes to different words from run to run and from
 * the first pass to the second (a word in a hundred on the small English model; vosk-api issue 868), and every frame of
 * every live call takes the one lock around {@code rand()}. So every model is loaded with {@code --dither=0} (the model
 * package's {@code DecoderConf}) and the decoder adds the same noise here instead.
 *
 * <p>Invariants: one instance per channel decoder, fed the channel's samples in order, at the model's rate. Its noise
 * is a function of the sample's position in the channel, so a channel decodes alike whether its audio came live in a
 * device's chunks, from the spool or from its recording. The noise is kept, not dropped: without it, digital silence
 * would give features at Kaldi's energy floor, far from anything the model was trained on.
 */
final class SeededDither {

    /** Kaldi's default {@code --dither}: standard deviation in units of the 16-bit range. */
    static final double AMPLITUDE = 1.0;
    private static final long SEED = 0x5eed_d17e_12L;

    private final SplittableRandom random = new SplittableRandom(SEED);

    /** Adds the next {@code count} values of the channel's noise to {@code samples[0..count)}, in place. */
    void apply(float[] samples, int count) {
        for (int i = 0; i < count; i++) {
            samples[i] += (float) (random.nextGaussian() * AMPLITUDE);
        }
    }
}
