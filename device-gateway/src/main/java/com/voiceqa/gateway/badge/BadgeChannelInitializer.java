package com.voiceqa.gateway.badge;

import com.voiceqa.badge.ErrorCode;
import com.voiceqa.badge.Payloads;
import com.voiceqa.badge.ProtocolException;
import com.voiceqa.gateway.auth.DeviceDirectory;
import com.voiceqa.gateway.call.CallRegistry;
import com.voiceqa.gateway.config.GatewayConfig;
import com.voiceqa.gateway.net.ConnectionLimiter;
import com.voiceqa.gateway.net.FrameRateLimiter;
import com.voiceqa.gateway.net.WritabilityGate;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.ReadTimeoutHandler;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The badge listener's pipeline, top to bottom. */
public final class BadgeChannelInitializer extends ChannelInitializer<SocketChannel> {

    private final Optional<SslContext> tls;
    private final ConnectionLimiter connections;
    private final GatewayConfig.Limits limits;
    private final DeviceDirectory devices;
    private final CallRegistry registry;
    private final Payloads.Welcome welcome;

    public BadgeChannelInitializer(Optional<SslContext> tls, ConnectionLimiter connections, GatewayConfig.Limits limits,
                                   DeviceDirectory devices, CallRegistry registry) {
        this.tls = tls;
        this.connections = connections;
        this.limits = limits;
        this.devices = devices;
        this.registry = registry;
        this.welcome = new Payloads.Welcome(limits.maxBadgePayload(), limits.idleTimeout().toMillis() / 3,
                limits.maxCallsPerDevice());
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        ChannelPipeline p = ch.pipeline();
        p.addLast("connections", connections);
        tls.ifPresent(ctx -> p.addLast("tls", ctx.newHandler(ch.alloc())));
        p.addLast("idle", new ReadTimeoutHandler(limits.idleTimeout().toMillis(), TimeUnit.MILLISECONDS));
        p.addLast("frameDecoder", new FrameDecoder(limits.maxBadgePayload(), limits.frameTimeout().toNanos()));
        p.addLast("frameEncoder", FrameEncoder.INSTANCE);
        p.addLast("rateLimit", new FrameRateLimiter(limits.maxFramesPerSecond(), max -> new ProtocolException(
                ErrorCode.RATE_LIMITED, "more than " + max + " frames per second; send larger AUDIO frames")));
        p.addLast("writability", WritabilityGate.INSTANCE);
        p.addLast("handshake", new HandshakeHandler(devices, limits.handshakeTimeout(), welcome,
                deviceId -> new BadgeCallHandler(deviceId, registry)));
        p.addLast("errors", BadgeErrorHandler.INSTANCE);
    }
}
