package com.voiceqa.gateway.net;

import io.netty.channel.Channel;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;

/**
 * Brings the domain's futures (a call opened, a chunk durable, a recording finished) back to a connection's event
 * loop, where its handler's state lives, with the failure's real cause rather than the {@link CompletionException}
 * around it.
 */
public final class OnEventLoop {

    private OnEventLoop() {
    }

    /**
     * Runs {@code action} with the value or the cause of {@code future} on {@code channel}'s event loop. What the
     * action throws goes down the channel's pipeline like a throw from a read, so its error handler answers the peer
     * (an event-loop task's exception would only be logged, and the peer left waiting).
     */
    public static <T> void whenComplete(Channel channel, CompletionStage<T> future, BiConsumer<T, Throwable> action) {
        future.whenComplete((value, failure) -> channel.eventLoop().execute(() -> {
            try {
                action.accept(value, cause(failure));
            } catch (RuntimeException e) {
                channel.pipeline().fireExceptionCaught(e);
            }
        }));
    }

    /** The failure a future's {@link CompletionException} wraps, or {@code failure} itself (null stays null). */
    public static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
