package com.voiceqa.asr.engine;

/**
 * Splits interleaved 16-bit little-endian PCM into one float array per channel (16-bit range, the form Vosk's
 * float input takes), in one pass. Chunks may end in the middle of a sample frame: the leftover bytes are kept
 * and completed by the next chunk.
 */
final class PcmDeinterleaver {

    private final int channels;
    private final int frameBytes;
    private final byte[] carry;
    private int carried;

    PcmDeinterleaver(int channels) {
        this.channels = channels;
        this.frameBytes = 2 * channels;
        this.carry = new byte[frameBytes];
    }

    /** Frames that {@link #split} will produce for a chunk of this many bytes. */
    int framesIn(int bytes) {
        return (carried + bytes) / frameBytes;
    }

    /**
     * Writes the chunk's complete frames to {@code out[channel][0..]}, returning the number of frames written;
     * each {@code out[channel]} must hold at least {@link #framesIn} samples.
     */
    int split(byte[] pcm, int offset, int length, float[][] out) {
        int frames = 0;
        int i = offset;
        int end = offset + length;
        if (carried > 0) {
            while (carried < frameBytes && i < end) {
                carry[carried++] = pcm[i++];
            }
            if (carried < frameBytes) {
                return 0;
            }
            for (int c = 0; c < channels; c++) {
                out[c][0] = sample(carry, 2 * c);
            }
            carried = 0;
            frames = 1;
        }
        for (; i + frameBytes <= end; i += frameBytes, frames++) {
            for (int c = 0; c < channels; c++) {
                out[c][frames] = sample(pcm, i + 2 * c);
            }
        }
        while (i < end) {
            carry[carried++] = pcm[i++];
        }
        return frames;
    }

    private static float sample(byte[] pcm, int at) {
        return (short) ((pcm[at] & 0xFF) | (pcm[at + 1] << 8));
    }
}
