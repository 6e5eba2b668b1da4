package com.voiceqa.sim;

import com.voiceqa.gateway.badge.BadgeClient;

import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Connects and authenticates simulated badges. */
record BadgeConnector(SimOptions options) {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    BadgeClient connect(String deviceId) throws IOException, InterruptedException {
        SocketFactory sockets = options.tls() ? SSLSocketFactory.getDefault() : SocketFactory.getDefault();
        BadgeClient client = BadgeClient.connect(sockets, options.host(), options.badgePort());
        try {
            client.authenticate(deviceId, options.secret().getBytes(StandardCharsets.UTF_8), TIMEOUT);
            return client;
        } catch (IOException | InterruptedException e) {
            client.close();
            throw e;
        }
    }
}
