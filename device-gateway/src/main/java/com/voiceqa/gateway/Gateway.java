package com.voiceqa.gateway;

import com.voiceqa.core.audio.AudioLog;
import com.voiceqa.core.events.CallEvent;
import com.voiceqa.core.events.CallEventBus;
import com.voiceqa.core.events.CallMetadata;
import com.voiceqa.core.id.CallKey;
import com.voiceqa.core.id.DeviceId;
import com.voiceqa.gateway.auth.DeviceDirectory;
import com.voiceqa.gateway.badge.BadgeChannelInitializer;
import com.voiceqa.gateway.call.CallRegistry;
import com.voiceqa.gateway.call.CallTakeover;
import com.voiceqa.gateway.call.StaleCallReaper;
import com.voiceqa.gateway.call.Transcription;
import com.voiceqa.gateway.config.GatewayConfig;
import com.voiceqa.gateway.net.ConnectionLimiter;
import com.voiceqa.gateway.net.TlsContexts;
import com.voiceqa.gateway.spool.GroupCommitter;
import com.voiceqa.gateway.spool.ReplicatedAudioLog;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * The running device gateway: both listeners, the spool and the open calls. {@link #start} recovers the calls a
 * previous process left in the spool before it accepts connections.
 */
public final class Gateway implements AutoCloseable {

    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final GroupCommitter committer;
    private final AudioLog audio;
    private final CallRegistry registry;
    private final StaleCallReaper reaper;
    private final ConnectionLimiter connections;
    private final Channel webSocket;
    private final Channel badge;

    private Gateway(EventLoopGroup boss, EventLoopGroup workers, GroupCommitter committer, AudioLog audio,
                    CallRegistry registry, StaleCallReaper reaper, ConnectionLimiter connections, Channel webSocket,
                    Channel badge) {
        this.boss = boss;
        this.workers = workers;
        this.committer = committer;
        this.audio = audio;
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
        return builder(config, devices).transcription(transcription).events(events).start();
    }

    /**
     * A gateway in a cluster: {@code audio} (a replicated log) decides when a chunk is durable and is acknowledged to
     * the device, the spool keeps only this node's working copy of its open calls (no fsync, nothing recovered at
     * start: the replicated log is the call's truth), and {@code takeover} hands over calls another node opened.
     * Without transcription: ASR workers read the replicated log.
     *
     * @param audio closed with the gateway
     */
    public static Gateway startReplicated(GatewayConfig config, DeviceDirectory devices, AudioLog audio,
                                          CallTakeover takeover, CallEventBus events)
            throws IOException, InterruptedException {
        return builder(config.withFsync(false), devices).events(events).takeover(takeover)
                .durability(spool -> new ReplicatedAudioLog(spool, audio)).recover(false).start();
    }

    static Builder builder(GatewayConfig config, DeviceDirectory devices) {
        return new Builder(config, devices);
    }

    /** What a start may vary: the one-process gateway, a cluster node, tests that watch durability. */
    static final class Builder {
        private final GatewayConfig config;
        private final DeviceDirectory devices;
        private Optional<Transcription> transcription = Optional.empty();
        private CallEventBus events;
        private CallTakeover takeover = CallTakeover.NONE;
        private UnaryOperator<AudioLog> durability = UnaryOperator.identity();
        private boolean recover = true;

        private Builder(GatewayConfig config, DeviceDirectory devices) {
            this.config = config;
            this.devices = devices;
        }

        Builder transcription(Optional<Transcription> transcription) {
            this.transcription = transcription;
            return this;
        }

        Builder events(CallEventBus events) {
            this.events = events;
            return this;
        }

        Builder takeover(CallTakeover takeover) {
            this.takeover = takeover;
            return this;
        }

        /** The audio log the calls see, given the spool's: tests hold or fail its completions. */
        Builder durability(UnaryOperator<AudioLog> durability) {
            this.durability = durability;
            return this;
        }

        Builder recover(boolean recover) {
            this.recover = recover;
            return this;
        }

        Gateway start() throws IOException, InterruptedException {
            SpoolStore store = new SpoolStore(config.dataDir(), config.limits().minFreeDiskBytes());
            GroupCommitter committer = new GroupCommitter(config.fsync());
            AudioLog audio = durability.apply(new SpoolAudioLog(store, committer));
            CallRegistry registry = new CallRegistry(store, audio, transcription, events,
                    config.limits().maxCallsPerDevice(), takeover);
            if (recover) {
                registry.recover();
            }
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
                return new Gateway(boss, workers, committer, audio, registry, reaper, connections, ws, badge);
            } catch (IOException | RuntimeException e) {
                boss.shutdownGracefully();
                workers.shutdownGracefully();
                reaper.close();
                committer.close();
                registry.close();
                audio.close();
                throw e;
            }
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

    /**
     * Ends call {@code key}, which a node that died held and nobody can continue (a phone has no RESUME): takes it
     * over from the replicated log like a RESUME does and ends it {@code ABANDONED}, as a phone that hangs up without
     * {@code eof} ends on its own node, so its acknowledged audio is recorded and transcribed. Completes with false
     * when no node has the call open any more (another node ended or took it).
     */
    public CompletableFuture<Boolean> endAbandoned(CallKey key) {
        return registry.resume(key).thenCompose(call -> call.isEmpty() ? CompletableFuture.completedFuture(false)
                : registry.end(call.get(), CallEvent.EndReason.ABANDONED).thenApply(recording -> true));
    }

    /**
     * Adopts call {@code key}, which a node that died held and whose badge has not come back: takes it over from the
     * replicated log like a RESUME does, with no connection. From then on it is one of this node's calls: its badge
     * may RESUME it (here or on any node), and if none does within the stale-call timeout it expires with its audio.
     * Completes with false when no node has the call open any more.
     */
    public CompletableFuture<Boolean> adoptAbandoned(CallKey key) {
        return registry.resume(key).thenApply(Optional::isPresent);
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
        audio.close();
    }
}
