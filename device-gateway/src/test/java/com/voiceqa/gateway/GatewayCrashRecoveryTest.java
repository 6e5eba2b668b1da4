package com.voiceqa.gateway;

import com.voiceqa.badge.Payloads;
import com.voiceqa.badge.client.BadgeClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.SocketFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static com.voiceqa.gateway.TestGateway.WAIT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway runs in a child JVM that is killed with SIGKILL mid-call (no shutdown hook, no flush); a new process
 * recovers the spool, the badge resumes, and the final recording holds every byte exactly once, in order.
 */
class GatewayCrashRecoveryTest {

    @TempDir
    Path data;

    @Test
    void killMinus9MidCallThenRestartAndResume() throws Exception {
        Files.writeString(data.resolve("devices.txt"), TestGateway.DEVICE + " " + TestGateway.SECRET + "\n");
        int wsPort = freePort();
        int badgePort = freePort();
        List<byte[]> chunks = TestAudio.chunks(7, 400, 3200);
        UUID callId = UUID.randomUUID();
        byte[] secret = TestGateway.SECRET.getBytes(StandardCharsets.UTF_8);

        Process first = startGateway(wsPort, badgePort);
        long acked;
        int sent = 250;
        try (BadgeClient badge = BadgeClient.connect(SocketFactory.getDefault(), "127.0.0.1", badgePort)) {
            badge.authenticate(TestGateway.DEVICE, secret, WAIT);
            badge.startCall(callId, TestGateway.monoCall(16000), WAIT);
            for (int seq = 1; seq <= sent; seq++) {
                badge.audio(callId, seq, chunks.get(seq - 1));
            }
            acked = badge.awaitAck(callId, 100, WAIT);
            first.destroyForcibly(); // SIGKILL on Linux
            assertTrue(first.waitFor(10, TimeUnit.SECONDS));
        }
        assertEquals(137, first.exitValue(), "killed by SIGKILL");

        Process second = startGateway(wsPort, badgePort);
        try (BadgeClient badge = BadgeClient.connect(SocketFactory.getDefault(), "127.0.0.1", badgePort)) {
            badge.authenticate(TestGateway.DEVICE, secret, WAIT);
            long stored = badge.resume(callId, WAIT);
            assertTrue(stored >= acked, "everything acknowledged survived the kill: acked " + acked + ", stored " + stored);
            assertTrue(stored <= sent, "nothing invented: " + stored);
            // resend from the last ACK the badge saw (not from what the server says), so duplicates must be dropped
            for (long seq = acked + 1; seq <= chunks.size(); seq++) {
                badge.audio(callId, seq, chunks.get((int) seq - 1));
            }
            Payloads.CallSummary summary = badge.endCall(callId, chunks.size(), WAIT);
            byte[] all = TestAudio.concat(chunks);
            assertEquals(all.length, summary.audioBytes());
            assertEquals(TestAudio.sha256(all), summary.sha256Hex());
            Path wav = data.resolve("recordings").resolve(TestGateway.DEVICE).resolve(callId + ".wav");
            assertArrayEquals(all, TestAudio.pcmOf(wav));
        } finally {
            second.destroy();
            second.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private Process startGateway(int wsPort, int badgePort) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                GatewayCommand.class.getName(), "--no-asr", "--data", data.toString(),
                "--ws-port", Integer.toString(wsPort), "--badge-port", Integer.toString(badgePort))
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        for (String line; System.nanoTime() < deadline && (line = out.readLine()) != null; ) {
            seen.add(line);
            if (line.contains("listening")) {
                Thread.ofVirtual().start(() -> out.lines().forEach(l -> { }));
                return p;
            }
        }
        p.destroyForcibly();
        throw new AssertionError("the gateway process did not start:\n" + String.join("\n", seen));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
