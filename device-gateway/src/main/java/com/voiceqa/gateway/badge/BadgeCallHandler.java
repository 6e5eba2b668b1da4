package com.voiceqa.gateway.badge;

import com.voiceqa.badge.BadgeFrame;
import com.voiceqa.badge.ErrorCode;
import com.voiceqa.badge.FrameType;
import com.voiceqa.badge.Payloads;
import com.voiceqa.badge.ProtocolException;
import com.voiceqa.core.events.CallEvent;
import com.voiceqa.core.events.CallMetadata;
import com.voiceqa.core.events.CallSource;
import com.voiceqa.core.id.CallId;
import com.voiceqa.core.id.CallKey;
import com.voiceqa.core.id.DeviceId;
import com.voiceqa.gateway.call.CallIdTakenException;
import com.voiceqa.gateway.call.CallRegistry;
import com.voiceqa.gateway.call.LiveCall;
import com.voiceqa.gateway.call.TooManyCallsException;
import com.voiceqa.gateway.net.OnEventLoop;
import com.voiceqa.gateway.net.ReadGate;
import com.voiceqa.gateway.spool.Recording;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * Serves one authenticated badge's calls: CALL_START, AUDIO, CALL_END, RESUME and HEARTBEAT, translating frames to
 * {@link LiveCall} calls and their results back to frames. Audio is acknowledged only when the call says it is
 * durable ({@link LiveCall.Appended#durable()}); the ACK goes to whichever connection owns the call by then.
 */
public final class BadgeCallHandler extends SimpleChannelInboundHandler<BadgeFrame> {

    private final DeviceId deviceId;
    private final CallRegistry registry;
    private final Map<UUID, LiveCall> attached = new HashMap<>();
    private Channel channel;

    public BadgeCallHandler(DeviceId deviceId, CallRegistry registry) {
        this.deviceId = deviceId;
        this.registry = registry;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        channel = ctx.channel();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        attached.values().forEach(call -> call.detach(channel));
        attached.clear();
        ctx.fireChannelInactive();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, BadgeFrame frame) {
        switch (frame.type()) {
            case CALL_START -> startCall(ctx, frame);
            case AUDIO -> audio(frame);
            case CALL_END -> endCall(ctx, frame);
            case RESUME -> resume(ctx, frame);
            case HEARTBEAT -> ctx.writeAndFlush(BadgeFrame.of(FrameType.HEARTBEAT, frame.callId(), frame.sequence()));
            default -> throw new ProtocolException(ErrorCode.UNEXPECTED_FRAME,
                    frame.type() + " is not sent by devices after the handshake");
        }
    }

    private void startCall(ChannelHandlerContext ctx, BadgeFrame frame) {
        UUID callId = requireCallId(frame);
        Payloads.CallStart start = Payloads.CallStart.parse(frame.payload());
        CallMetadata metadata = new CallMetadata(key(callId), start.repId(), start.accountId(), CallSource.BADGE,
                start.format(), start.recordedAt(), start.storeAndForward());
        onLoop(registry.open(metadata), (call, failure) -> {
            switch (failure) {
                case null -> take(ctx, call, callId,
                        () -> ctx.writeAndFlush(BadgeFrame.of(FrameType.ACK, callId, call.confirmed())));
                case CallIdTakenException ended -> replyIfFinished(ctx, callId); // like RESUME of an ended call
                case TooManyCallsException full ->
                        fail(ctx, new ProtocolException(ErrorCode.TOO_MANY_CALLS, callId, full.getMessage()));
                default -> fail(ctx, storageFailure(callId, failure));
            }
        });
    }

    private void audio(BadgeFrame frame) {
        LiveCall call = attachedCall(frame);
        int frameBytes = call.metadata().format().frameBytes();
        if (frame.payload().length == 0 || frame.payload().length % frameBytes != 0) {
            throw new ProtocolException(ErrorCode.MALFORMED_PAYLOAD, frame.callId(),
                    "AUDIO payload must hold whole sample frames of " + frameBytes + " bytes, got " + frame.payload().length);
        }
        LiveCall.Appended result = call.append(channel, frame.sequence(), frame.payload());
        switch (result.status()) {
            case STORED -> {
                acknowledgeWhenDurable(call, frame.callId(), result.durable());
                ReadGate.holdUntil(channel, ReadGate.Reason.CALL_BACKLOG, result.writable());
            }
            case DUPLICATE -> reacknowledge(frame.callId(), result.durable());
            case GAP -> throw new ProtocolException(ErrorCode.SEQUENCE_GAP, frame.callId(), "expected AUDIO "
                    + (call.appended() + 1) + ", got " + frame.sequence() + "; RESUME and resend from the ACKed sequence");
            case NOT_OWNER -> {
                attached.remove(frame.callId());
                throw new ProtocolException(ErrorCode.UNKNOWN_CALL, frame.callId(),
                        "the call was resumed on another connection");
            }
            case REFUSED -> throw storageFailure(frame.callId(), result.durable().exceptionNow());
        }
    }

    private void endCall(ChannelHandlerContext ctx, BadgeFrame frame) {
        UUID callId = requireCallId(frame);
        LiveCall call = attached.get(callId);
        if (call == null) {
            replyIfFinished(ctx, callId);
            return;
        }
        long stored = call.appended();
        if (frame.sequence() != stored) {
            throw new ProtocolException(ErrorCode.SEQUENCE_GAP, callId, "CALL_END says the call has "
                    + frame.sequence() + " AUDIO frames but " + stored + " are stored; RESUME and send the rest");
        }
        attached.remove(callId);
        onLoop(registry.end(call, CallEvent.EndReason.COMPLETED), (recording, failure) -> {
            if (failure != null) {
                fail(ctx, storageFailure(callId, failure));
            } else {
                replyEnded(ctx, callId, stored, recording);
            }
        });
    }

    private void resume(ChannelHandlerContext ctx, BadgeFrame frame) {
        UUID callId = requireCallId(frame);
        onLoop(registry.resume(key(callId)), (open, lookupFailure) -> {
            if (lookupFailure != null) {
                fail(ctx, storageFailure(callId, lookupFailure));
            } else if (open.isEmpty()) {
                replyIfFinished(ctx, callId);
            } else {
                LiveCall call = open.get();
                take(ctx, call, callId, () -> onLoop(call.durable(), (durable, failure) -> {
                    if (failure != null) {
                        fail(ctx, storageFailure(callId, failure));
                    } else {
                        call.advanceAcknowledged(durable);
                        ctx.writeAndFlush(BadgeFrame.of(FrameType.RESUME, callId, durable));
                    }
                }));
            }
        });
    }

    private void replyIfFinished(ChannelHandlerContext ctx, UUID callId) {
        onLoop(registry.finished(key(callId)), (recording, failure) -> {
            if (failure == null && recording.isPresent()) {
                replyEnded(ctx, callId, 0, recording.get());
            } else {
                fail(ctx, new ProtocolException(ErrorCode.UNKNOWN_CALL, callId,
                        "no open call " + callId + "; send CALL_START"));
            }
        });
    }

    /** Answers the summary of a call that is ending once its recording is written. */
    private void replyWhenRecorded(ChannelHandlerContext ctx, LiveCall call, UUID callId) {
        onLoop(call.recording(), (recording, failure) -> {
            if (failure != null) {
                fail(ctx, storageFailure(callId, failure));
            } else {
                replyEnded(ctx, callId, 0, recording);
            }
        });
    }

    private static void replyEnded(ChannelHandlerContext ctx, UUID callId, long sequence, Recording recording) {
        byte[] summary = new Payloads.CallSummary(recording.audioBytes(), recording.sha256()).encode();
        ctx.writeAndFlush(new BadgeFrame(FrameType.CALL_END, callId, sequence, summary));
    }

    /**
     * Takes the call over for this connection, then runs {@code then}. A call that is ending (it expired, or its
     * CALL_END was just handled) answers like an ended one: its summary, once the recording is written.
     */
    private void take(ChannelHandlerContext ctx, LiveCall call, UUID callId, Runnable then) {
        if (call.attach(channel)) {
            attached.put(callId, call);
            then.run();
        } else {
            replyWhenRecorded(ctx, call, callId);
        }
    }

    private CallKey key(UUID callId) {
        return new CallKey(deviceId, CallId.of(callId));
    }

    /** A resent frame the call already holds: ACK it again once it is durable (the device lost our ACK). */
    private void reacknowledge(UUID callId, CompletableFuture<Long> durable) {
        onLoop(durable, (sequence, failure) -> {
            if (failure != null) {
                channel.pipeline().fireExceptionCaught(storageFailure(callId, failure));
            } else {
                channel.writeAndFlush(BadgeFrame.of(FrameType.ACK, callId, sequence));
            }
        });
    }

    /** ACKs on the call's current connection once the chunk is durable, or tells that connection it could not be. */
    private static void acknowledgeWhenDurable(LiveCall call, UUID callId, CompletableFuture<Long> durable) {
        durable.whenComplete((sequence, failure) -> {
            if (!(call.owner() instanceof Channel owner)) {
                return; // between connections: the device RESUMEs and learns the durable sequence then
            }
            owner.eventLoop().execute(() -> {
                if (failure != null) {
                    owner.pipeline().fireExceptionCaught(storageFailure(callId, failure));
                } else if (call.advanceAcknowledged(sequence)) {
                    owner.writeAndFlush(BadgeFrame.of(FrameType.ACK, callId, sequence));
                }
            });
        });
    }

    private LiveCall attachedCall(BadgeFrame frame) {
        LiveCall call = attached.get(frame.callId());
        if (call == null) {
            throw new ProtocolException(ErrorCode.UNKNOWN_CALL, frame.callId(),
                    "no open call " + frame.callId() + " on this connection; send CALL_START or RESUME first");
        }
        return call;
    }

    private static UUID requireCallId(BadgeFrame frame) {
        if (frame.callId().equals(BadgeFrame.NO_CALL)) {
            throw new ProtocolException(ErrorCode.MALFORMED_PAYLOAD, frame.type() + " needs a non-zero call id");
        }
        return frame.callId();
    }

    private static ProtocolException storageFailure(UUID callId, Throwable cause) {
        Throwable root = OnEventLoop.cause(cause);
        return new ProtocolException(ErrorCode.STORAGE_FAILURE, callId,
                "the server could not store audio (" + root + "); keep it and retry later");
    }

    private static void fail(ChannelHandlerContext ctx, ProtocolException e) {
        ctx.pipeline().fireExceptionCaught(e);
    }

    /** Runs a future's completion on this channel's event loop. */
    private <T> void onLoop(CompletableFuture<T> future, BiConsumer<T, Throwable> action) {
        OnEventLoop.whenComplete(channel, future, action);
    }
}
