package com.voiceqa.gateway;

import com.voiceqa.core.audio.AudioChunk;
import com.voiceqa.core.audio.AudioLog;
import com.voiceqa.core.id.CallKey;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The gateway's real audio log (the spool's group commit) with its answers held back until the test releases or
 * fails them: a replicated log whose acknowledgement is slow, or lost. The audio itself is stored at once.
 */
final class HeldAudioLog implements AudioLog {

    private final AudioLog log;
    private final List<CompletableFuture<Void>> logged = new ArrayList<>();
    private final List<CompletableFuture<Void>> held = new ArrayList<>();
    /** Each {@link #end} call: the call and its chunk count. */
    final Map<CallKey, Long> ended = new ConcurrentHashMap<>();

    HeldAudioLog(AudioLog log) {
        this.log = log;
    }

    @Override
    public synchronized CompletableFuture<Void> append(AudioChunk chunk) {
        CompletableFuture<Void> future = log.append(chunk);
        if (future.isCompletedExceptionally()) {
            return future; // refused at once: nothing to hold
        }
        CompletableFuture<Void> answer = new CompletableFuture<>();
        logged.add(future);
        held.add(answer);
        notifyAll();
        return answer;
    }

    @Override
    public CompletableFuture<Void> end(CallKey call, long chunks) {
        ended.put(call, chunks);
        return log.end(call, chunks);
    }

    /** Waits until {@code count} answers are held (the gateway got the chunks; they travel asynchronously). */
    synchronized void awaitHeld(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (held.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("the log holds " + held.size() + " chunks, expected " + count);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** Passes on every held answer as the real log gave it. */
    synchronized void release() {
        for (int i = 0; i < held.size(); i++) {
            CompletableFuture<Void> answer = held.get(i);
            logged.get(i).whenComplete((v, failure) -> {
                if (failure != null) {
                    answer.completeExceptionally(failure);
                } else {
                    answer.complete(null);
                }
            });
        }
        logged.clear();
        held.clear();
    }

    /** Fails every held answer with {@code cause}, as a log that lost its replicas would. */
    synchronized void fail(Throwable cause) {
        held.forEach(answer -> answer.completeExceptionally(cause));
        logged.clear();
        held.clear();
    }

    @Override
    public void close() {
        log.close();
    }
}
