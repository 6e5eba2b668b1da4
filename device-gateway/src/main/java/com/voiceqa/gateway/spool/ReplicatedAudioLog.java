package com.voiceqa.gateway.spool;

import com.voiceqa.core.audio.AudioChunk;
import com.voiceqa.core.audio.AudioLog;
import com.voiceqa.core.id.CallKey;

import java.util.concurrent.CompletableFuture;

/**
 * A cluster gateway's audio log: the spool keeps the gateway's local copy of each open call (it sequences chunks,
 * writes the final recording and the summary a badge checks), a replicated log (Kafka) decides durability. A chunk is
 * durable when both have it; the replicated log is written only after the spool took the chunk, so a chunk the spool
 * refuses never reaches it. Another gateway can rebuild the local copy from the replicated log alone
 * ({@code call.CallTakeover}), which is why the spool needs no fsync here.
 */
public final class ReplicatedAudioLog implements AudioLog {

    private final AudioLog local;
    private final AudioLog replicated;

    /** @param replicated closed by {@link #close()}; {@code local} is the gateway's spool log */
    public ReplicatedAudioLog(AudioLog local, AudioLog replicated) {
        this.local = local;
        this.replicated = replicated;
    }

    @Override
    public CompletableFuture<Void> append(AudioChunk chunk) {
        return both(local.append(chunk), () -> replicated.append(chunk));
    }

    @Override
    public CompletableFuture<Void> end(CallKey call, long chunks) {
        return both(local.end(call, chunks), () -> replicated.end(call, chunks));
    }

    private static CompletableFuture<Void> both(CompletableFuture<Void> local,
                                                java.util.function.Supplier<CompletableFuture<Void>> replicated) {
        if (local.isCompletedExceptionally()) {
            return local;
        }
        return local.thenCombine(replicated.get(), (copied, stored) -> null);
    }

    @Override
    public void close() {
        local.close();
        replicated.close();
    }
}
