package com.voiceqa.gateway;

import com.voiceqa.core.audio.AudioLog;
import com.voiceqa.core.events.CallEventBus;
import com.voiceqa.core.events.CallMetadata;
import com.voiceqa.core.id.DeviceId;
import com.voiceqa.gateway.auth.DeviceDirectory;
import com.voiceqa.gateway.badge.BadgeChannelInitializer;
import com.voiceqa.gateway.call.CallRegistry;
import com.voiceqa.gateway.call.StaleCallReaper;
import com.voiceqa.gateway.call.Transcription;
import com.voiceqa.gateway.config.GatewayConfig;
import com.voiceqa.gateway.net.ConnectionLimiter;
import com.voiceqa.gateway.net.TlsContexts;
import com.voiceqa.gateway.spool.GroupCommitter;
import com.voiceqa.gateway.spool.SpoolAudioLog;
import com.voiceqa.gateway.spool.SpoolStore;
import com.voiceqa.gateway.ws.WebSocketChannelInitializer;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.concurrent.TimeUnit;

/**
 * The running device gateway: both listeners, the spool and the open calls. {@link #start} recovers the calls a
 * previous process left in the spool before it accepts connections.
 */
public final class Gateway implements AutoCloseable {

    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final GroupCommitter committer;
    private final CallRegistry registry;
    private final StaleCallReaper reaper;
    private final ConnectionLimiter connections;
    private final Channel webSocket;
    private final Channel badge;

    private Gateway(EventLoopGroup boss, EventLoopGroup workers, GroupCommitter committer, CallRegistry registry,
                    StaleCallReaper reaper, ConnectionLimiter connections, Channel webSocket, Channel badge) {
        this.boss = boss;
        this.workers = workers;
        this.committer = committer;
        this.registry = registry;
        this.reaper = reaper;
        this.connections = connections;
        this.webSocket = webSocket;
        this.badge = badge;
    }

    /**
     * Starts the gateway.
     *
     * @param transcription the ASR engine, or empty to run without transcripts (audio is still stored)
     * @param events        where call events are published
     * @throws IOException when the data directory, the TLS key store or a port cannot be used
     */
    public static Gateway start(GatewayConfig config, DeviceDirectory devices, Optional<Transcription> transcription,
                                CallEventBus events) throws IOException, InterruptedException {
        return start(config, devices, transcription, events, UnaryOperator.identity());
    }

    /**
     * Starts the gateway with its audio log (the spool's group commit) seen through {@code durability}: tests hold or
     * fail its completions to watch what the protocols acknowledge.
     */
    static Gateway start(GatewayConfig config, DeviceDirectory devices, Optional<Transcription> transcription,
                         CallEventBus events, UnaryOperator<AudioLog> durability) throws IOException, InterruptedException {
        SpoolStore store = new SpoolStore(config.dataDir(), config.limits().minFreeDiskBytes());
        GroupCommitter committer = new GroupCommitter(config.fsync());
        AudioLog audio = durability.apply(new SpoolAudioLog(store, committer));
        CallRegistry registry = new CallRegistry(store, audio, transcription, events,
                config.limits().maxCallsPerDevice());
        registry.recover();
        StaleCallReaper reaper = new StaleCallReaper(registry, config.limits().staleCallTimeout());
        Optional<SslContext> tls = config.tls().isPresent()
                ? Optional.of(TlsContexts.server(config.tls().get())) : Optional.empty();
        ConnectionLimiter connections = new ConnectionLimiter(config.limits().maxConnections(),
                config.limits().maxConnectionsPerAddress());
        EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        EventLoopGroup workers = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
        try {
            Channel ws = bind(boss, workers, config.host(), config.webSocketPort(),
                    new WebSocketChannelInitializer(tls, connections, config, devices, registry));
            Channel badge = bind(boss, workers, config.host(), config.badgePort(),
                    new BadgeChannelInitializer(tls, connections, config.limits(), devices, registry));
            return new Gateway(boss, workers, committer, registry, reaper, connections, ws, badge);
        } catch (IOException | RuntimeException e) {
            boss.shutdownGracefully();
            workers.shutdownGracefully();
            reaper.close();
            committer.close();
            registry.close();
            throw e;
        }
    }

    private static Channel bind(EventLoopGroup boss, EventLoopGroup workers, String host, int port,
                                ChannelInitializer<SocketChannel> initializer) throws IOException, InterruptedException {
        ServerBootstrap b = new ServerBootstrap()
                .group(boss, workers)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 4096)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(32 * 1024, 128 * 1024))
                .childHandler(initializer);
        try {
            return b.bind(host, port).sync().channel();
        } catch (Exception e) {
            if (e instanceof InterruptedException ie) {
                throw ie;
            }
            throw new IOException("cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "); is another gateway or vosk-server running? Pick another port", e);
        }
    }

    public int webSocketPort() {
        return ((InetSocketAddress) webSocket.localAddress()).getPort();
    }

    public int badgePort() {
        return ((InetSocketAddress) badge.localAddress()).getPort();
    }

    /**
     * The calls this start recovered from the spool: the gateway ends each of them itself (phone calls and calls
     * their device had ended at once, badge calls when the device resumes and ends them) and publishes their
     * {@link com.voiceqa.core.events.CallEvent.Ended}.
     */
    public List<CallMetadata> recoveredCalls() {
        return registry.recovered();
    }

    /**
     * The final recording of an ended call, by its device and product-wide call id ({@link CallMetadata#callId()}),
     * if it exists; the ended event may have been lost in a crash.
     */
    public Optional<Path> recording(String deviceId, String productCallId) {
        DeviceId device;
        try {
            device = new DeviceId(deviceId);
        } catch (IllegalArgumentException notADevice) {
            return Optional.empty();
        }
        return registry.recording(device, productCallId);
    }

    public int openConnections() {
        return connections.openConnections();
    }

    public int openCalls() {
        return registry.openCalls();
    }

    /** Stops listening and closes connections; open calls stay in the spool and are recovered at the next start. */
    @Override
    public void close() throws InterruptedException {
        webSocket.close().sync();
        badge.close().sync();
        reaper.close();
        boss.shutdownGracefully(0, 5, TimeUnit.SECONDS).sync();
        workers.shutdownGracefully(0, 5, TimeUnit.SECONDS).sync();
        committer.close();
        registry.close();
    }
}
