package com.voiceqa.asr.engine;

import com.voiceqa.asr.AsrSession;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.TranscriptListener;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;

/**
 * Calls waiting for live capacity, oldest first: calls recorded while the engine was full, still streaming (they
 * get a live session that first catches up on what they recorded) or already ended (their recording is decoded).
 * First come, first served: while anyone waits, a new call waits behind them ({@link EngineCore#admitsLive}), so a
 * stream of newcomers cannot keep an early call queued to its end.
 */
final class WaitingLine {

    /**
     * One waiting call.
     *
     * @param streaming the call still streams: its session must catch up faster than real time, so it needs room for
     *                  at least {@value EngineCore#MIN_STREAMING_CATCH_UP} streams to be admitted
     * @param admitted  completes with the session when the engine admits the call; cancelling it leaves the line
     */
    record Waiter(StreamFormat format, TranscriptListener listener, boolean streaming,
                  CompletableFuture<AsrSession> admitted) {
    }

    private final ArrayDeque<Waiter> line = new ArrayDeque<>();

    synchronized void join(Waiter waiter) {
        line.addLast(waiter);
    }

    /** The oldest call still waiting (those that gave up are dropped here), or null. */
    synchronized Waiter oldest() {
        while (!line.isEmpty() && line.peekFirst().admitted().isDone()) {
            line.removeFirst();
        }
        return line.peekFirst();
    }

    synchronized void remove(Waiter waiter) {
        line.remove(waiter);
    }

    /** Fails every waiting call with {@code reason} and empties the line (the engine closes). */
    synchronized void refuseAll(RuntimeException reason) {
        line.forEach(w -> w.admitted().completeExceptionally(reason));
        line.clear();
    }

    /** Calls waiting, not counting those that gave up. */
    synchronized int size() {
        return (int) line.stream().filter(w -> !w.admitted().isDone()).count();
    }
}
