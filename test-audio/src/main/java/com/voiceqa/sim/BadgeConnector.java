package com.voiceqa.sim;

import com.voiceqa.badge.client.BadgeClient;

import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * Connects and authenticates simulated badges, at most {@value #CONCURRENT_HANDSHAKES} at a time: thousands of
 * virtual threads handshaking in the same instant would measure the simulator's scheduler, not the gateway (and
 * real badges do not all boot in the same millisecond).
 */
record BadgeConnector(SimOptions options, Semaphore handshakes) {

    static final Duration TIMEOUT = Duration.ofSeconds(60);
    static final int CONCURRENT_HANDSHAKES = 64;

    BadgeConnector(SimOptions options) {
        this(options, new Semaphore(CONCURRENT_HANDSHAKES));
    }

    BadgeClient connect(String deviceId) throws IOException, InterruptedException {
        return connect(deviceId, options.badgePort());
    }

    BadgeClient connect(String deviceId, int port) throws IOException, InterruptedException {
        SocketFactory sockets = options.tls() ? SSLSocketFactory.getDefault() : SocketFactory.getDefault();
        handshakes.acquire();
        try {
            BadgeClient client = BadgeClient.connect(sockets, options.host(), port);
            try {
                client.authenticate(deviceId, options.secret().getBytes(StandardCharsets.UTF_8), TIMEOUT);
                return client;
            } catch (IOException | InterruptedException e) {
                client.close();
                throw e;
            }
        } finally {
            handshakes.release();
        }
    }
}
