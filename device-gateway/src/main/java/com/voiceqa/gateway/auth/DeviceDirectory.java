package com.voiceqa.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Where the gateway looks up devices. The gateway ships {@link FileDeviceDirectory}; the web layer implements this
 * over its database. Implementations are called from Netty event loops: they must be thread-safe and quick (cache
 * rather than query a remote store per connection).
 */
public interface DeviceDirectory {

    /**
     * The device's shared secret (the HMAC-SHA256 key of the badge handshake), or empty for an unknown or disabled
     * device. The caller does not keep or modify the array.
     */
    Optional<byte[]> secret(String deviceId);

    /**
     * Whether a WebSocket client may stream as {@code deviceId} with this auth token. By default the token is the
     * device's secret (sent only over WSS in production), compared in constant time.
     */
    default boolean acceptsToken(String deviceId, String token) {
        return secret(deviceId)
                .map(secret -> MessageDigest.isEqual(secret, token.getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
    }
}
