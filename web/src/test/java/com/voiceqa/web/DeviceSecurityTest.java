package com.voiceqa.web;

import com.voiceqa.badge.Payloads;
import com.voiceqa.badge.client.BadgeClient;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.id.CallId;
import com.voiceqa.core.id.CallKey;
import com.voiceqa.core.id.DeviceId;
import com.voiceqa.web.config.VoiceQaProperties;
import com.voiceqa.web.live.GatewayBridge;
import com.voiceqa.web.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.net.SocketFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, the product side of the device findings: secrets are encrypted at rest under a key outside the database
 * (and badges still log in), and a device call belongs to the rep of the device's record, never to the rep a client
 * names (M6).
 */
class DeviceSecurityTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    VoiceQaProperties properties;
    @Autowired
    GatewayBridge gateway;

    @Test
    void secretsAreEncryptedAtRestUnderAnOwnerOnlyKeyAndBadgesStillLogIn() throws Exception {
        String deviceId = "badge-enc-" + System.nanoTime() % 100_000;
        String secret = as("admin").post("/api/devices", Map.of("deviceId", deviceId)).json().get("secret").asString();

        String stored = jdbc.sql("SELECT secret FROM devices WHERE device_id = :d").param("d", deviceId)
                .query(String.class).single();
        assertFalse(stored.contains(secret), "the database file does not hold the secret");
        assertTrue(stored.startsWith("v1:"), "stored with its format and key id: " + stored);
        Path keys = properties.dataPath().resolve("keys");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys)));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(keys.resolve("device-secrets.key"))));

        try (BadgeClient badge = BadgeClient.connect(SocketFactory.getDefault(), "127.0.0.1", gateway.badgePort())) {
            badge.authenticate(deviceId, secret.getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(20));
        }
    }

    @Test
    void aDeviceCallBelongsToTheDevicesRepNotTheRepTheClientNames() throws Exception {
        long limin = userId("limin");
        String deviceId = "badge-rep-" + System.nanoTime() % 100_000;
        String secret = as("admin").post("/api/devices", Map.of("deviceId", deviceId, "repId", limin)).json()
                .get("secret").asString();
        UUID call = UUID.randomUUID();

        try (BadgeClient badge = BadgeClient.connect(SocketFactory.getDefault(), "127.0.0.1", gateway.badgePort())) {
            badge.authenticate(deviceId, secret.getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(20));
            badge.startCall(call, new Payloads.CallStart(new StreamFormat(16000, ChannelLayout.MONO), Instant.now(),
                    false, "zhaolei", ""), Duration.ofSeconds(20));
            badge.audio(call, 1, new byte[3200]);
            badge.endCall(call, 1, Duration.ofSeconds(20));
        }

        assertEquals(Optional.of(limin), repOf(new CallKey(new DeviceId(deviceId), CallId.of(call))),
                "the registered device's rep, not the claimed one");
    }

    @Test
    void anAnonymousPhoneClaimingARepGetsNoCall() throws Exception {
        // Without a speech model the product refuses phones before any audio is taken (they ask for transcripts), so
        // an anonymous client naming a rep never becomes a call of that rep; the gateway's DeviceTrustTest shows the
        // claim is dropped when the product does transcribe.
        assertEquals(1008, stream("{\"config\": {\"sample_rate\": 16000, \"call_id\": \"anonymous-claims-zhaolei\", "
                + "\"rep_id\": \"zhaolei\"}}"));
        assertEquals(0, jdbc.sql("SELECT COUNT(*) FROM calls WHERE id = :id")
                .param("id", new CallKey(DeviceId.ANONYMOUS, new CallId("anonymous-claims-zhaolei")).productId())
                .query(Long.class).single());
    }

    private long userId(String username) {
        return jdbc.sql("SELECT id FROM users WHERE username = :u").param("u", username).query(Long.class).single();
    }

    /** The rep of the call's row, once the product registered the call (it does so when the call starts). */
    private Optional<Long> repOf(CallKey key) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            var row = jdbc.sql("SELECT rep_id FROM calls WHERE id = :id").param("id", key.productId())
                    .query((rs, n) -> Optional.ofNullable((Long) rs.getObject("rep_id", Long.class))).optional();
            if (row.isPresent()) {
                return row.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("call " + key + " never reached the database");
    }

    /** One short call over the product's WebSocket: config, a chunk of silence, eof; the close code. */
    private int stream(String config) throws Exception {
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + gateway.webSocketPort() + "/"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
                        closed.complete(status);
                        return null;
                    }

                    @Override
                    public void onError(WebSocket socket, Throwable error) {
                        closed.completeExceptionally(error);
                    }
                }).get(20, TimeUnit.SECONDS);
        ws.sendText(config, true).get(20, TimeUnit.SECONDS);
        try {
            ws.sendBinary(ByteBuffer.wrap(new byte[3200]), true).get(20, TimeUnit.SECONDS);
            ws.sendText("{\"eof\" : 1}", true).get(20, TimeUnit.SECONDS);
        } catch (ExecutionException closedAlready) {
            // refused at the config message: the close code says why
        }
        return closed.get(20, TimeUnit.SECONDS);
    }
}
