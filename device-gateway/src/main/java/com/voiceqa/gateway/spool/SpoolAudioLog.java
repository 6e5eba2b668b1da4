package com.voiceqa.gateway.spool;

import com.voiceqa.core.audio.AudioChunk;
import com.voiceqa.core.audio.AudioLog;
import com.voiceqa.core.id.CallKey;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;

/**
 * The one-process audio log: a chunk is durable once the group commit has fsync'd its call's spool past it. This is
 * the one place that decides when a device's audio counts as stored; a cluster gives the gateway a replicated log
 * instead, and the protocol handlers do not change.
 *
 * <p>Spool records are numbered from 1 (the journal's format), chunks from 0: record = chunk sequence + 1. A chunk
 * the store refuses (the disk below its free-space floor, no open spool) fails its future at once, before anything
 * is written, so the caller neither counts nor transcribes it. A chunk the spool already holds (appended again after
 * a failed sync, as the port allows) is not written twice: the spool is synced again.
 */
public final class SpoolAudioLog implements AudioLog {

    private final SpoolStore store;
    private final GroupCommitter committer;

    /** @param committer closed by its owner (the gateway), not by {@link #close()} */
    public SpoolAudioLog(SpoolStore store, GroupCommitter committer) {
        this.store = store;
        this.committer = committer;
    }

    @Override
    public CompletableFuture<Void> append(AudioChunk chunk) {
        CallSpool spool = store.open(chunk.call()).orElse(null);
        if (spool == null) {
            return CompletableFuture.failedFuture(notOpen(chunk.call()));
        }
        long record = chunk.sequence() + 1;
        if (record > spool.appendedSequence()) {
            try {
                store.append(spool, record, ByteBuffer.wrap(chunk.pcm()));
            } catch (IOException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return sync(spool);
    }

    /**
     * The spool is already complete (its appends are checked in order): this makes all of it durable, and
     * {@link SpoolStore#finish} turns it into the recording.
     */
    @Override
    public CompletableFuture<Void> end(CallKey call, long chunks) {
        return store.open(call).map(this::sync).orElseGet(() -> CompletableFuture.failedFuture(notOpen(call)));
    }

    private CompletableFuture<Void> sync(CallSpool spool) {
        CompletableFuture<Void> durable = new CompletableFuture<>();
        committer.requestSync(spool, new GroupCommitter.Callback() {
            @Override
            public void durable(long durableSequence) {
                durable.complete(null);
            }

            @Override
            public void failed(IOException cause) {
                durable.completeExceptionally(cause);
            }
        });
        return durable;
    }

    private static IOException notOpen(CallKey call) {
        return new IOException("call " + call + " has no open spool (it ended meanwhile)");
    }

    @Override
    public void close() {
        // nothing of its own: the gateway closes the group committer after the event loops
    }
}
