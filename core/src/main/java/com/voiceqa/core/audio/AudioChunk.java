package com.voiceqa.core.audio;

import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.id.CallKey;

import java.util.Objects;
import java.util.Optional;

/**
 * One piece of a call's audio as the gateway received it: interleaved 16-bit little-endian PCM in the call's format.
 *
 * @param call     the call it belongs to
 * @param sequence its place in the call, from 0 without gaps; a chunk appended again (a device resending after a
 *                 reconnect) keeps its number, so readers drop repeats by it
 * @param format   the call's format on chunk 0 (readers open their decoder with it), empty on every later chunk
 * @param pcm      the samples; not copied, so the caller hands the array over and does not change it afterwards
 */
public record AudioChunk(CallKey call, long sequence, Optional<StreamFormat> format, byte[] pcm) {

    /** Larger chunks are split by the caller: a log record has a size limit, and a device sends far less at once. */
    public static final int MAX_PCM_BYTES = 1 << 20;

    public AudioChunk {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(pcm, "pcm");
        if (sequence < 0) {
            throw new IllegalArgumentException("chunk sequence must not be negative, got " + sequence);
        }
        if ((sequence == 0) != format.isPresent()) {
            throw new IllegalArgumentException("the format travels on chunk 0 and only there (chunk " + sequence
                    + (format.isPresent() ? " has one)" : " has none)"));
        }
        if (pcm.length > MAX_PCM_BYTES) {
            throw new IllegalArgumentException("an audio chunk holds at most " + MAX_PCM_BYTES + " bytes, got "
                    + pcm.length + ": split it");
        }
    }

    /** A call's first chunk, carrying its format. */
    public static AudioChunk first(CallKey call, StreamFormat format, byte[] pcm) {
        return new AudioChunk(call, 0, Optional.of(format), pcm);
    }

    /** A later chunk ({@code sequence} at least 1). */
    public static AudioChunk next(CallKey call, long sequence, byte[] pcm) {
        return new AudioChunk(call, sequence, Optional.empty(), pcm);
    }
}
