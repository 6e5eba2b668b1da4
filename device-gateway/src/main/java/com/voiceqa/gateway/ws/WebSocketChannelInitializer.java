package com.voiceqa.gateway.ws;

import com.voiceqa.gateway.auth.DeviceDirectory;
import com.voiceqa.gateway.call.CallRegistry;
import com.voiceqa.gateway.config.GatewayConfig;
import com.voiceqa.gateway.net.ConnectionLimiter;
import com.voiceqa.gateway.net.FrameRateLimiter;
import com.voiceqa.gateway.net.PolicyViolation;
import com.voiceqa.gateway.net.WritabilityGate;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.ReadTimeoutHandler;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The WebSocket listener's pipeline, top to bottom. Any path is accepted, as vosk-server does. */
public final class WebSocketChannelInitializer extends ChannelInitializer<SocketChannel> {

    private static final int MAX_HTTP_HEADER_BYTES = 8192;

    private final Optional<SslContext> tls;
    private final ConnectionLimiter connections;
    private final GatewayConfig config;
    private final DeviceDirectory devices;
    private final CallRegistry registry;
    private final VoskJson json;
    private final WebSocketServerProtocolConfig protocol;

    public WebSocketChannelInitializer(Optional<SslContext> tls, ConnectionLimiter connections, GatewayConfig config,
                                       DeviceDirectory devices, CallRegistry registry) {
        this.tls = tls;
        this.connections = connections;
        this.config = config;
        this.devices = devices;
        this.registry = registry;
        GatewayConfig.Limits limits = config.limits();
        this.json = new VoskJson(limits.maxJsonBytes(), limits.maxJsonDepth());
        this.protocol = WebSocketServerProtocolConfig.newBuilder()
                .websocketPath("/")
                .checkStartsWith(true)
                .handshakeTimeoutMillis(limits.handshakeTimeout().toMillis())
                .decoderConfig(WebSocketDecoderConfig.newBuilder()
                        .maxFramePayloadLength(limits.maxWebSocketFrame())
                        .allowExtensions(false)
                        .withUTF8Validator(true)
                        .build())
                .build();
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        GatewayConfig.Limits limits = config.limits();
        ChannelPipeline p = ch.pipeline();
        p.addLast("connections", connections);
        tls.ifPresent(ctx -> p.addLast("tls", ctx.newHandler(ch.alloc())));
        p.addLast("idle", new ReadTimeoutHandler(limits.idleTimeout().toMillis(), TimeUnit.MILLISECONDS));
        p.addLast("http", new HttpServerCodec(4096, MAX_HTTP_HEADER_BYTES, 8192));
        p.addLast("httpAggregator", new HttpObjectAggregator(MAX_HTTP_HEADER_BYTES));
        p.addLast("websocket", new WebSocketServerProtocolHandler(protocol));
        p.addLast("upgradeDeadline", new UpgradeDeadline(limits.handshakeTimeout()));
        p.addLast("messageAggregator", new WebSocketFrameAggregator(limits.maxWebSocketFrame()));
        p.addLast("rateLimit", new FrameRateLimiter(limits.maxFramesPerSecond(),
                max -> new PolicyViolation("more than " + max + " messages per second")));
        p.addLast("writability", WritabilityGate.INSTANCE);
        p.addLast("vosk", new VoskSessionHandler(registry, devices, config.allowAnonymousPhones(),
                config.phonesWithoutAsr() || registry.transcribes(), json, limits.maxJsonBytes()));
        p.addLast("errors", WebSocketErrorHandler.INSTANCE);
    }
}
