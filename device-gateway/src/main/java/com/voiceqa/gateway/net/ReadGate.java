package com.voiceqa.gateway.net;

import io.netty.channel.Channel;
import io.netty.util.AttributeKey;

import java.util.EnumSet;
import java.util.concurrent.CompletionStage;

/**
 * Backpressure by not reading: a channel reads while nobody holds it. Each reason (a slow peer not reading our
 * replies, an ASR session behind on decoding) holds and releases independently, so one reason's release cannot
 * resume reading while another still applies. Call from the channel's event loop.
 */
public final class ReadGate {

    /** Why a channel stopped reading. */
    public enum Reason {
        PEER_NOT_READING,
        /** The call does not want more audio yet ({@code LiveCall.Appended#writable}: its live ASR is behind). */
        CALL_BACKLOG,
        CALL_OPENING
    }

    private static final AttributeKey<EnumSet<Reason>> HOLDS = AttributeKey.valueOf("voiceqa.readHolds");

    private ReadGate() {
    }

    public static void hold(Channel channel, Reason reason) {
        holds(channel).add(reason);
        channel.config().setAutoRead(false);
    }

    public static void release(Channel channel, Reason reason) {
        EnumSet<Reason> holds = holds(channel);
        holds.remove(reason);
        if (holds.isEmpty() && channel.isActive()) {
            channel.config().setAutoRead(true);
        }
    }

    /** Holds the channel for {@code reason} until {@code until} completes; nothing when it already has. */
    public static void holdUntil(Channel channel, Reason reason, CompletionStage<?> until) {
        if (until.toCompletableFuture().isDone()) {
            return;
        }
        hold(channel, reason);
        until.whenComplete((value, failure) -> channel.eventLoop().execute(() -> release(channel, reason)));
    }

    private static EnumSet<Reason> holds(Channel channel) {
        EnumSet<Reason> holds = channel.attr(HOLDS).get();
        if (holds == null) {
            holds = EnumSet.noneOf(Reason.class);
            channel.attr(HOLDS).set(holds);
        }
        return holds;
    }
}
