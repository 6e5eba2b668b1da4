package com.voiceqa.gateway;

import com.voiceqa.badge.client.BadgeClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.SocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.voiceqa.gateway.TestGateway.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 M5: one address opening idle connections by the hundreds cannot keep a real badge out, and a connection
 * that never becomes a WebSocket is closed after the short handshake timeout, not the long idle one.
 */
class ConnectionLimitTest {

    private static final int TOTAL = 200;
    private static final int PER_ADDRESS = 40;

    @TempDir
    Path data;

    @Test
    void idleConnectionsFromOneAddressCannotKeepABadgeOut() throws Exception {
        List<Socket> flood = new ArrayList<>();
        try (TestGateway gw = new TestGateway(data, c -> c.withLimits(c.limits()
                .withMaxConnections(TOTAL, PER_ADDRESS)
                .withTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(30))), Optional.empty())) {
            for (int i = 0; i < 2 * TOTAL; i++) { // twice the total, over both listeners: enough to fill it without a cap
                flood.add(new Socket("127.0.0.1", i % 2 == 0 ? gw.gateway.webSocketPort() : gw.gateway.badgePort()));
            }
            long closedByServer = flood.stream().filter(ConnectionLimitTest::closedByServer).count();
            assertEquals(2 * TOTAL - PER_ADDRESS, closedByServer, "the connections over the address's share are closed");
            assertEquals(PER_ADDRESS, gw.gateway.openConnections(), "one address holds at most its share");

            try (BadgeClient badge = BadgeClient.connect(from("127.0.0.2"), "127.0.0.1", gw.gateway.badgePort())) {
                badge.authenticate(TestGateway.DEVICE, TestGateway.SECRET.getBytes(StandardCharsets.UTF_8), WAIT);
                assertEquals(0, badge.startCall(UUID.randomUUID(), TestGateway.monoCall(16000), WAIT),
                        "a badge from another address gets in");
            }
        } finally {
            for (Socket s : flood) {
                s.close();
            }
        }
    }

    @Test
    void aConnectionThatNeverUpgradesIsClosedAfterTheHandshakeTimeout() throws Exception {
        try (TestGateway gw = new TestGateway(data, c -> c.withLimits(c.limits()
                .withTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(1), Duration.ofSeconds(30))), Optional.empty());
             Socket silent = new Socket("127.0.0.1", gw.gateway.webSocketPort())) {
            silent.setSoTimeout((int) WAIT.toMillis());
            long start = System.nanoTime();
            assertEquals(-1, silent.getInputStream().read(), "closed by the server");
            double seconds = (System.nanoTime() - start) / 1e9;
            assertTrue(seconds < 30, "closed after the 1 s handshake timeout, not the 60 s idle one: " + seconds + " s");
        }
    }

    private static boolean closedByServer(Socket socket) {
        try {
            socket.setSoTimeout(200);
            return socket.getInputStream().read() == -1;
        } catch (java.net.SocketTimeoutException e) {
            return false; // still open
        } catch (IOException e) {
            return true; // reset
        }
    }

    /** Sockets bound to another loopback address (Linux routes all of 127/8 to loopback). */
    private static SocketFactory from(String localAddress) {
        return new SocketFactory() {
            @Override
            public Socket createSocket() throws IOException {
                Socket socket = new Socket();
                socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
                return socket;
            }

            @Override
            public Socket createSocket(String host, int port) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Socket createSocket(InetAddress host, int port) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
