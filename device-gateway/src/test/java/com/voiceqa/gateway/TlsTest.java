package com.voiceqa.gateway;

import com.voiceqa.badge.client.BadgeClient;
import com.voiceqa.gateway.config.GatewayConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static com.voiceqa.gateway.TestGateway.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both listeners serve TLS with a certificate generated here by the JDK's keytool; plaintext is refused. */
class TlsTest {

    private static final String PASSWORD = "test-only-password";

    @TempDir
    static Path dir;
    static TestGateway gw;
    static SSLContext clientTls;

    @BeforeAll
    static void start() throws Exception {
        Path keyStore = dir.resolve("gateway.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "gateway", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "san=ip:127.0.0.1,dns:localhost",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keyStore.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "keytool failed: " + output);

        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore server = KeyStore.getInstance("PKCS12");
            server.load(in, PASSWORD.toCharArray());
            trusted.load(null, null);
            trusted.setCertificateEntry("gateway", server.getCertificate("gateway"));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        clientTls = SSLContext.getInstance("TLS");
        clientTls.init(null, tmf.getTrustManagers(), null);

        gw = new TestGateway(dir.resolve("data"),
                c -> c.withTls(new GatewayConfig.Tls(keyStore, PASSWORD.toCharArray())), Optional.empty());
    }

    @AfterAll
    static void stop() throws Exception {
        gw.close();
    }

    @Test
    void badgeCallOverTls() throws Exception {
        UUID callId = UUID.randomUUID();
        byte[] pcm = TestAudio.concat(TestAudio.chunks(9, 1, 6400));
        try (BadgeClient badge = BadgeClient.connect(clientTls.getSocketFactory(), "127.0.0.1", gw.gateway.badgePort())) {
            badge.authenticate(TestGateway.DEVICE, TestGateway.SECRET.getBytes(StandardCharsets.UTF_8), WAIT);
            badge.startCall(callId, TestGateway.monoCall(16000), WAIT);
            badge.audio(callId, 1, pcm);
            assertEquals(TestAudio.sha256(pcm), badge.endCall(callId, 1, WAIT).sha256Hex());
        }
    }

    @Test
    void plaintextBadgeIsNotServed() throws Exception {
        try (BadgeClient badge = BadgeClient.connect(SocketFactory.getDefault(), "127.0.0.1", gw.gateway.badgePort())) {
            assertThrows(java.io.IOException.class, () -> badge.authenticate(TestGateway.DEVICE,
                    TestGateway.SECRET.getBytes(StandardCharsets.UTF_8), java.time.Duration.ofSeconds(5)));
        }
    }

    @Test
    void voskSessionOverWss() throws Exception {
        LinkedBlockingQueue<String> replies = new LinkedBlockingQueue<>();
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        HttpClient http = HttpClient.newBuilder().sslContext(clientTls).build();
        WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create("wss://127.0.0.1:" + gw.gateway.webSocketPort() + "/"),
                new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            replies.add(text.toString());
                            text.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        closed.complete(statusCode);
                        return null;
                    }
                }).get(20, TimeUnit.SECONDS);
        ws.sendText("{\"config\": {\"sample_rate\": 16000}}", true).get();
        ws.sendBinary(ByteBuffer.wrap(new byte[6400]), true).get();
        assertTrue(replies.poll(20, TimeUnit.SECONDS).contains("partial"));
        ws.sendText("{\"eof\" : 1}", true).get();
        String last = replies.poll(20, TimeUnit.SECONDS);
        assertTrue(last != null && last.contains("\"text\""), "final result: " + last);
        assertEquals(1000, closed.get(20, TimeUnit.SECONDS));
    }
}
