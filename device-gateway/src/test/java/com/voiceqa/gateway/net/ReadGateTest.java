package com.voiceqa.gateway.net;

import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Backpressure: a channel stops reading while the call asks it to and while any other reason still holds. */
class ReadGateTest {

    @Test
    void aBackloggedCallPausesReadingUntilItIsWritableAgain() {
        EmbeddedChannel channel = new EmbeddedChannel();
        CompletableFuture<Void> writable = new CompletableFuture<>();

        ReadGate.holdUntil(channel, ReadGate.Reason.CALL_BACKLOG, writable);
        assertFalse(channel.config().isAutoRead());

        writable.complete(null);
        channel.runPendingTasks();
        assertTrue(channel.config().isAutoRead());
    }

    @Test
    void noBacklogLeavesReadingOn() {
        EmbeddedChannel channel = new EmbeddedChannel();
        ReadGate.holdUntil(channel, ReadGate.Reason.CALL_BACKLOG, CompletableFuture.completedFuture(null));
        assertTrue(channel.config().isAutoRead());
    }

    @Test
    void readingResumesOnlyWhenEveryReasonReleased() {
        EmbeddedChannel channel = new EmbeddedChannel();
        CompletableFuture<Void> writable = new CompletableFuture<>();
        ReadGate.hold(channel, ReadGate.Reason.PEER_NOT_READING);
        ReadGate.holdUntil(channel, ReadGate.Reason.CALL_BACKLOG, writable);

        writable.complete(null);
        channel.runPendingTasks();
        assertFalse(channel.config().isAutoRead(), "the peer still does not read our replies");

        ReadGate.release(channel, ReadGate.Reason.PEER_NOT_READING);
        assertTrue(channel.config().isAutoRead());
    }
}
