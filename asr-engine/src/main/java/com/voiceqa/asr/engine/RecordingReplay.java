package com.voiceqa.asr.engine;

import com.voiceqa.asr.AsrSession;
import com.voiceqa.asr.audio.PcmAudio;
import com.voiceqa.core.Transcript;

import java.util.concurrent.ExecutionException;

/**
 * Decodes a whole recording through a catching-up session, a second of audio per feed: the session then takes its
 * turns among the live ones (a whole-file decode would hold a worker for the entire file) and its pace holds it to
 * the capacity it was admitted for.
 */
final class RecordingReplay {

    private static final double FEED_SECONDS = 1.0;

    private RecordingReplay() {
    }

    /** Feeds the whole recording to {@code session} (of its format) and finishes it; closes it in every case. */
    static Transcript transcribe(AsrSession session, PcmAudio audio) throws InterruptedException {
        try (session) {
            int frames = (int) (audio.sampleRate() * FEED_SECONDS);
            byte[] chunk = new byte[0];
            for (int at = 0; at < audio.frames(); at += frames) {
                int count = Math.min(frames, audio.frames() - at);
                chunk = interleave(audio, at, count, chunk);
                session.feedBlocking(chunk, 0, count * 2 * audio.channels());
            }
            return session.finish().get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Frames {@code [from, from + count)} as interleaved little-endian 16-bit PCM (clipped to its range). */
    private static byte[] interleave(PcmAudio audio, int from, int count, byte[] reuse) {
        int channels = audio.channels();
        byte[] out = reuse.length >= count * 2 * channels ? reuse : new byte[count * 2 * channels];
        for (int c = 0; c < channels; c++) {
            float[] samples = audio.channel(c);
            for (int i = 0; i < count; i++) {
                int v = Math.round(Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, samples[from + i])));
                int at = (i * channels + c) * 2;
                out[at] = (byte) v;
                out[at + 1] = (byte) (v >> 8);
            }
        }
        return out;
    }
}
