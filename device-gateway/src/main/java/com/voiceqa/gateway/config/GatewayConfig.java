package com.voiceqa.gateway.config;

import com.voiceqa.core.audio.AudioChunk;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the gateway listens and what it tolerates. Start from {@link #defaults(Path)} and change what differs.
 *
 * @param host                 address both listeners bind; loopback by default (plaintext is for development)
 * @param webSocketPort        vosk-server compatible WebSocket, 2700 by default; 0 picks a free port
 * @param badgePort            binary badge protocol, 2701 by default; 0 picks a free port
 * @param dataDir              spool and recordings live here
 * @param tls                  when present both listeners serve TLS only (WSS and TLS on the badge port)
 * @param fsync                fsync spooled audio before acknowledging it; only benchmarks of the network path
 *                             turn it off
 * @param allowAnonymousPhones accept WebSocket clients that send no device id and token (plain vosk clients);
 *                             meant for loopback and development
 * @param limits               bounds on every network input
 * @param phonesWithoutAsr     accept WebSocket (vosk protocol) streams when there is no ASR, storing the audio with
 *                             empty results (the recorder gateway); false refuses them at once with the reason, for a
 *                             server whose phones expect transcripts
 */
public record GatewayConfig(String host, int webSocketPort, int badgePort, Path dataDir, Optional<Tls> tls,
                            boolean fsync, boolean allowAnonymousPhones, Limits limits, boolean phonesWithoutAsr) {

    public GatewayConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(limits, "limits");
    }

    public static GatewayConfig defaults(Path dataDir) {
        return new GatewayConfig("127.0.0.1", 2700, 2701, dataDir, Optional.empty(), true, true, Limits.DEFAULT,
                true);
    }

    public GatewayConfig withPorts(int webSocket, int badge) {
        return new GatewayConfig(host, webSocket, badge, dataDir, tls, fsync, allowAnonymousPhones, limits,
                phonesWithoutAsr);
    }

    public GatewayConfig withDataDir(Path newDataDir) {
        return new GatewayConfig(host, webSocketPort, badgePort, newDataDir, tls, fsync, allowAnonymousPhones, limits,
                phonesWithoutAsr);
    }

    public GatewayConfig withHost(String newHost) {
        return new GatewayConfig(newHost, webSocketPort, badgePort, dataDir, tls, fsync, allowAnonymousPhones, limits,
                phonesWithoutAsr);
    }

    public GatewayConfig withTls(Tls newTls) {
        return new GatewayConfig(host, webSocketPort, badgePort, dataDir, Optional.of(newTls), fsync,
                allowAnonymousPhones, limits,
                phonesWithoutAsr);
    }

    public GatewayConfig withFsync(boolean newFsync) {
        return new GatewayConfig(host, webSocketPort, badgePort, dataDir, tls, newFsync, allowAnonymousPhones, limits,
                phonesWithoutAsr);
    }

    public GatewayConfig withAllowAnonymousPhones(boolean allow) {
        return new GatewayConfig(host, webSocketPort, badgePort, dataDir, tls, fsync, allow, limits, phonesWithoutAsr);
    }

    public GatewayConfig withLimits(Limits newLimits) {
        return new GatewayConfig(host, webSocketPort, badgePort, dataDir, tls, fsync, allowAnonymousPhones, newLimits,
                phonesWithoutAsr);
    }

    public GatewayConfig withPhonesWithoutAsr(boolean accept) {
        return new GatewayConfig(host, webSocketPort, badgePort, dataDir, tls, fsync, allowAnonymousPhones, limits, accept);
    }

    /**
     * A PKCS#12 key store holding the server's private key and certificate chain (e.g. made with
     * {@code keytool -genkeypair -storetype PKCS12} or {@code openssl pkcs12 -export}).
     */
    public record Tls(Path keyStore, char[] password) {
        public Tls {
            Objects.requireNonNull(keyStore, "keyStore");
            password = password.clone();
        }
    }

    /**
     * @param maxConnections           open connections over both listeners; more are closed at accept
     * @param maxConnectionsPerAddress open connections from one remote address over both listeners, so one host
     *                                 cannot take every slot; more are closed at accept
     * @param maxCallsPerDevice        calls one device may have open at once
     * @param maxBadgePayload          largest badge frame payload in bytes
     * @param maxWebSocketFrame        largest WebSocket message (audio chunk or JSON) in bytes
     * @param maxJsonBytes             largest JSON text message in bytes
     * @param maxJsonDepth             deepest nesting of a JSON text message
     * @param maxFramesPerSecond       frames one connection may send per second (a flood of tiny frames is closed)
     * @param idleTimeout              a connection that sends nothing for this long is closed (badges send HEARTBEAT)
     * @param handshakeTimeout         a badge must authenticate, a WebSocket client finish its upgrade, within this
     *                                 time of connecting
     * @param frameTimeout             a frame must arrive completely within this time once it started (slow loris)
     * @param staleCallTimeout         a badge call no connection owned for this long is ended with the audio stored
     *                                 so far (frees the device's call slot)
     * @param minFreeDiskBytes         below this much free space on the spool disk the gateway stops accepting audio
     *                                 (and acknowledging it) and tells devices STORAGE_FAILURE
     */
    public record Limits(int maxConnections, int maxConnectionsPerAddress, int maxCallsPerDevice, int maxBadgePayload,
                         int maxWebSocketFrame, int maxJsonBytes, int maxJsonDepth, int maxFramesPerSecond,
                         Duration idleTimeout, Duration handshakeTimeout, Duration frameTimeout,
                         Duration staleCallTimeout, long minFreeDiskBytes) {

        public static final Limits DEFAULT = new Limits(10_000, 256, 4, 64 * 1024, 1024 * 1024, 16 * 1024, 8, 2_000,
                Duration.ofSeconds(90), Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(30),
                64L * 1024 * 1024);

        public Limits {
            int largest = Math.max(maxBadgePayload, maxWebSocketFrame);
            if (largest > AudioChunk.MAX_PCM_BYTES) {
                throw new IllegalArgumentException("an audio message may hold at most " + AudioChunk.MAX_PCM_BYTES
                        + " bytes (one record of the audio log), got a limit of " + largest + ": lower it");
            }
        }

        public Limits withMaxConnections(int total, int perAddress) {
            return new Limits(total, perAddress, maxCallsPerDevice, maxBadgePayload, maxWebSocketFrame, maxJsonBytes,
                    maxJsonDepth, maxFramesPerSecond, idleTimeout, handshakeTimeout, frameTimeout, staleCallTimeout,
                    minFreeDiskBytes);
        }

        public Limits withTimeouts(Duration idle, Duration handshake, Duration frame) {
            return new Limits(maxConnections, maxConnectionsPerAddress, maxCallsPerDevice, maxBadgePayload,
                    maxWebSocketFrame, maxJsonBytes, maxJsonDepth, maxFramesPerSecond, idle, handshake, frame,
                    staleCallTimeout, minFreeDiskBytes);
        }

        public Limits withStaleCallTimeout(Duration timeout) {
            return new Limits(maxConnections, maxConnectionsPerAddress, maxCallsPerDevice, maxBadgePayload,
                    maxWebSocketFrame, maxJsonBytes, maxJsonDepth, maxFramesPerSecond, idleTimeout, handshakeTimeout,
                    frameTimeout, timeout, minFreeDiskBytes);
        }

        public Limits withMinFreeDiskBytes(long bytes) {
            return new Limits(maxConnections, maxConnectionsPerAddress, maxCallsPerDevice, maxBadgePayload,
                    maxWebSocketFrame, maxJsonBytes, maxJsonDepth, maxFramesPerSecond, idleTimeout, handshakeTimeout,
                    frameTimeout, staleCallTimeout, bytes);
        }

        public Limits withMaxFramesPerSecond(int n) {
            return new Limits(maxConnections, maxConnectionsPerAddress, maxCallsPerDevice, maxBadgePayload,
                    maxWebSocketFrame, maxJsonBytes, maxJsonDepth, n, idleTimeout, handshakeTimeout, frameTimeout,
                    staleCallTimeout, minFreeDiskBytes);
        }
    }
}
