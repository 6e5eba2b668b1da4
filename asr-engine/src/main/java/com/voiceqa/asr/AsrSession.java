package com.voiceqa.asr;

import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.Transcript;

import java.util.concurrent.CompletableFuture;

/**
 * One call being transcribed: one recognizer per channel, fed with interleaved 16-bit PCM in chunks of any size.
 *
 * <p>Backpressure: {@link #feed} never drops audio and never blocks; it queues the chunk and returns {@code false}
 * when the session's backlog of undecoded audio is above its high-water mark. A caller that gets {@code false}
 * should stop reading its source (e.g. Netty {@code autoRead=false}) until the callback given to
 * {@link #whenWritable} runs. Callers that prefer to block can use {@link #feedBlocking}.
 *
 * <p>Not thread-safe for concurrent feeders: feed from one thread at a time (as a Netty channel does).
 */
public interface AsrSession extends AutoCloseable {

    StreamFormat format();

    /**
     * Queues a chunk (copied). Returns whether the caller may keep feeding without waiting.
     *
     * @throws SessionClosedException after {@link #finish}, {@link #close}, an idle timeout or the engine's close
     */
    boolean feed(byte[] pcm, int offset, int length);

    /**
     * Queues a chunk and waits while the backlog is above the high-water mark; a session catching up on recorded
     * audio also waits so that it is fed no faster than the speed the engine admitted it at.
     */
    void feedBlocking(byte[] pcm, int offset, int length) throws InterruptedException;

    /**
     * Runs {@code action} once, as soon as the backlog is below the low-water mark (at once if it already is, else on
     * a decoder thread: keep it short), or when the session ends.
     */
    void whenWritable(Runnable action);

    /**
     * For a session the engine opened for a queued call ({@link AsrEngine#openWhenAdmitted}): the recorded audio is
     * all fed, what comes from now on arrives live. The engine stops pacing {@link #feedBlocking} and counting the
     * session's catch-up capacity. Does nothing on a session that is not catching up.
     */
    void caughtUp();

    /** Seconds of audio (per channel) fed so far. */
    double audioSecondsFed();

    /**
     * Ends the input: decodes what is queued, flushes the last utterance of every channel, computes the call's
     * acoustic metrics and releases the recognizers. Idempotent.
     */
    CompletableFuture<Transcript> finish();

    /** Discards queued audio and releases native resources without a final result. Idempotent. */
    @Override
    void close();
}
