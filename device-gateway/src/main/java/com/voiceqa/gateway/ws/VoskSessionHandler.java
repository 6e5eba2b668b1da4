package com.voiceqa.gateway.ws;

import com.voiceqa.core.PartialResult;
import com.voiceqa.core.Segment;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.TranscriptListener;
import com.voiceqa.core.events.CallEvent;
import com.voiceqa.core.events.CallMetadata;
import com.voiceqa.core.events.CallSource;
import com.voiceqa.core.id.CallId;
import com.voiceqa.core.id.CallKey;
import com.voiceqa.core.id.DeviceId;
import com.voiceqa.gateway.auth.DeviceDirectory;
import com.voiceqa.gateway.call.CallIdTakenException;
import com.voiceqa.gateway.call.CallRegistry;
import com.voiceqa.gateway.call.LiveCall;
import com.voiceqa.gateway.net.OnEventLoop;
import com.voiceqa.gateway.net.PolicyViolation;
import com.voiceqa.gateway.net.ReadGate;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One vosk-server style session: an optional config message, binary PCM messages each answered with a partial or a
 * result, and {@code {"eof" : 1}} answered with the final result. Audio is spooled like badge audio (group commit;
 * the final answer comes after the recording is durable) and fed to the live ASR.
 */
public final class VoskSessionHandler extends SimpleChannelInboundHandler<WebSocketFrame> {

    private final CallRegistry registry;
    private final DeviceDirectory devices;
    private final boolean allowAnonymous;
    private final boolean accepting;
    private final VoskJson json;
    private final int maxJsonBytes;
    private final Queue<Segment> unsent = new ConcurrentLinkedQueue<>();
    private final ArrayDeque<byte[]> waitingForCall = new ArrayDeque<>();
    private PartialBoard partials;
    private PhoneConfig config;
    private boolean opening;
    private LiveCall call;
    private long sequence;
    private boolean eof;
    private Channel channel;

    /** @param accepting false when this server has no ASR and refuses phone streams (see GatewayConfig) */
    public VoskSessionHandler(CallRegistry registry, DeviceDirectory devices, boolean allowAnonymous, boolean accepting,
                              VoskJson json, int maxJsonBytes) {
        this.registry = registry;
        this.devices = devices;
        this.allowAnonymous = allowAnonymous;
        this.accepting = accepting;
        this.json = json;
        this.maxJsonBytes = maxJsonBytes;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        channel = ctx.channel();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (!accepting) {
            throw new PolicyViolation("speech recognition is off on this server (no model): no phone streams");
        }
        if (eof) {
            throw new PolicyViolation("nothing may follow eof");
        }
        if (frame instanceof TextWebSocketFrame text) {
            onText(ctx, text.content().toString(StandardCharsets.UTF_8), text.content().readableBytes());
        } else if (frame instanceof BinaryWebSocketFrame binary) {
            onAudio(ctx, ByteBufUtil.getBytes(binary.content()));
        }
    }

    private void onText(ChannelHandlerContext ctx, String text, int bytes) {
        if (bytes > maxJsonBytes) {
            throw new PolicyViolation("text messages are limited to " + maxJsonBytes + " bytes");
        }
        VoskJson.ClientMessage message;
        try {
            message = json.parse(text);
        } catch (VoskJson.InvalidConfig e) {
            throw PolicyViolation.invalidData(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new PolicyViolation(e.getMessage());
        }
        switch (message) {
            case VoskJson.ClientMessage.Config c -> configure(c.config());
            case VoskJson.ClientMessage.Eof e -> {
                eof = true;
                if (!opening) {
                    ctx.writeAndFlush(new TextWebSocketFrame(json.result(List.of(), false, false)));
                    WebSocketErrorHandler.close(ctx, WebSocketCloseStatus.NORMAL_CLOSURE);
                } else if (call != null) {
                    finish(ctx);
                }
            }
        }
    }

    private void configure(PhoneConfig requested) {
        if (opening) {
            throw new PolicyViolation("send the config before any audio");
        }
        if (requested.deviceId().isPresent()) {
            String token = requested.token().orElse("");
            if (!devices.acceptsToken(requested.deviceId().get().value(), token)) {
                throw new PolicyViolation("authentication failed: unknown device_id or wrong token");
            }
        }
        try {
            new StreamFormat(requested.sampleRate(), requested.layout());
        } catch (IllegalArgumentException e) {
            throw PolicyViolation.invalidData("invalid config: " + e.getMessage());
        }
        config = requested;
    }

    private void onAudio(ChannelHandlerContext ctx, byte[] pcm) {
        if (!opening) {
            open(ctx);
        }
        if (pcm.length % (2 * config.layout().channels()) != 0) {
            throw new PolicyViolation("binary messages must hold whole 16-bit sample frames");
        }
        if (call == null) {
            waitingForCall.add(pcm);
        } else {
            append(ctx, pcm);
        }
    }

    private void open(ChannelHandlerContext ctx) {
        if (config == null) {
            config = PhoneConfig.DEFAULT;
        }
        if (config.deviceId().isEmpty() && !allowAnonymous) {
            throw new PolicyViolation("this gateway requires device_id and token in the config message");
        }
        opening = true;
        CallKey key = new CallKey(config.deviceId().orElse(DeviceId.ANONYMOUS), config.callId().orElseGet(CallId::random));
        CallMetadata metadata = new CallMetadata(key, config.repId(), config.accountId(), CallSource.PHONE,
                new StreamFormat(config.sampleRate(), config.layout()), Instant.now(), false);
        ReadGate.hold(channel, ReadGate.Reason.CALL_OPENING);
        OnEventLoop.whenComplete(channel, registry.openNew(metadata), (opened, cause) -> {
            if (cause != null) {
                ctx.fireExceptionCaught(new PolicyViolation(cause instanceof CallIdTakenException
                        ? "this device used the call_id before; send a new call_id"
                        : "cannot open the call: " + cause.getMessage()));
                return;
            }
            opened.attach(channel); // a call just opened is not ending: this succeeds
            partials = new PartialBoard(config.layout().roles());
            opened.tap(new Tap());
            call = opened;
            if (!channel.isActive()) {
                abandon();
                return;
            }
            while (!waitingForCall.isEmpty()) {
                append(ctx, waitingForCall.poll());
            }
            ReadGate.release(channel, ReadGate.Reason.CALL_OPENING);
            if (eof) {
                finish(ctx);
            }
        });
    }

    private void append(ChannelHandlerContext ctx, byte[] pcm) {
        LiveCall.Appended result = call.append(channel, ++sequence, pcm);
        result.durable().whenComplete((durable, failure) -> {
            if (failure != null) {
                channel.pipeline().fireExceptionCaught(
                        new PolicyViolation("the server could not store the audio; try again later"));
            }
        });
        if (result.status() == LiveCall.Status.REFUSED) {
            return;
        }
        ReadGate.holdUntil(channel, ReadGate.Reason.CALL_BACKLOG, result.writable());
        ctx.writeAndFlush(new TextWebSocketFrame(reply()));
    }

    /** One reply per chunk: the next final result if one is waiting, else a partial. */
    private String reply() {
        Segment segment = unsent.poll();
        if (segment != null) {
            return json.result(List.of(segment), config.words(), stereo());
        }
        PartialBoard.Shown shown = partials.next();
        return json.partial(shown.text(), shown.speaker(), stereo(), call.transcriptionQueued());
    }

    private void finish(ChannelHandlerContext ctx) {
        if (call.transcriptionQueued()) {
            answerQueued(ctx);
            return;
        }
        CompletableFuture<CallEvent.Ended> ended = registry.end(call, CallEvent.EndReason.COMPLETED)
                .thenCompose(recording -> call.whenEnded());
        OnEventLoop.whenComplete(channel, ended, (event, failure) -> {
            if (failure != null) {
                ctx.fireExceptionCaught(new PolicyViolation("the server could not store the call"));
                return;
            }
            List<Segment> rest = new ArrayList<>();
            for (Segment s; (s = unsent.poll()) != null; ) {
                rest.add(s);
            }
            ctx.writeAndFlush(new TextWebSocketFrame(json.result(rest, config.words(), stereo())));
            WebSocketErrorHandler.close(ctx, WebSocketCloseStatus.NORMAL_CLOSURE);
        });
    }

    /**
     * A call that ends while still queued (the engine never had room to promote it) is transcribed from its
     * recording once capacity frees: the client gets its answer as soon as the recording is durable, and the
     * transcript reaches the dashboard later. A promoted call is answered like any live call.
     */
    private void answerQueued(ChannelHandlerContext ctx) {
        OnEventLoop.whenComplete(channel, registry.end(call, CallEvent.EndReason.COMPLETED), (recording, failure) -> {
            if (failure != null) {
                ctx.fireExceptionCaught(new PolicyViolation("the server could not store the call"));
                return;
            }
            ctx.writeAndFlush(new TextWebSocketFrame(json.queuedResult()));
            WebSocketErrorHandler.close(ctx, WebSocketCloseStatus.NORMAL_CLOSURE);
        });
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (call != null && !eof) {
            abandon();
        }
        ctx.fireChannelInactive();
    }

    private void abandon() {
        call.detach(channel);
        registry.end(call, CallEvent.EndReason.ABANDONED);
    }

    private boolean stereo() {
        return config.layout().channels() > 1;
    }

    /** Collects the call's transcript for the replies; runs on ASR worker threads. */
    private final class Tap implements TranscriptListener {
        @Override
        public void onPartial(PartialResult p) {
            partials.update(p.speaker(), p.text());
        }

        @Override
        public void onSegment(Segment segment) {
            unsent.add(segment);
            partials.clear(segment.speaker());
        }
    }
}
