package com.voiceqa.sim;

import com.voiceqa.asr.TestResources;
import com.voiceqa.core.events.CallEvent;
import com.voiceqa.core.events.CallEventBus;
import com.voiceqa.gateway.Gateway;
import com.voiceqa.gateway.auth.FileDeviceDirectory;
import com.voiceqa.gateway.config.GatewayConfig;
import com.voiceqa.gateway.events.InProcessCallEventBus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulator against a real gateway: badges (some dropping and resuming), idle badges and phones. */
class SimulateCommandTest {

    @TempDir
    Path data;

    @Test
    void simulatedDevicesStreamAndEveryByteIsStored() throws Exception {
        Path wav = TestResources.realEnglish("digits-16k.wav");
        Map<String, String> devices = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            devices.put(SimOptions.deviceId(i), SimOptions.DEFAULT_SECRET);
        }
        ConcurrentLinkedQueue<CallEvent.Ended> ended = new ConcurrentLinkedQueue<>();
        try (CallEventBus bus = new InProcessCallEventBus();
             Gateway gateway = Gateway.start(GatewayConfig.defaults(data).withPorts(0, 0),
                     FileDeviceDirectory.of(devices), Optional.empty(), bus)) {
            bus.subscribe(e -> {
                if (e instanceof CallEvent.Ended end) {
                    ended.add(end);
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = new SimulateCommand().run(List.of("--badges", "6", "--idle-badges", "10", "--phones", "2",
                    "--wav", wav.toString(), "--disconnect-rate", "0.5", "--heartbeat-ms", "200", "--account", "Acme \"Logistics\"",
                    "--badge-port", Integer.toString(gateway.badgePort()),
                    "--ws-port", Integer.toString(gateway.webSocketPort()),
                    "--gateway-pid", Long.toString(ProcessHandle.current().pid())),
                    new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
            String report = out.toString(StandardCharsets.UTF_8);
            assertEquals(0, exit, report);
            assertTrue(report.contains("verified byte-identical: 8 call(s); failed: 0; lost bytes: 0"), report);
            assertTrue(report.contains("idle badges: 10 connected, 0 dropped"), report);
            assertTrue(report.matches("(?s).*disconnects resumed: [1-9].*"), "seed 1 drops some calls: " + report);
            assertTrue(report.contains("ack latency"), report);
        }
        byte[] sent = WavFile.read(wav).pcm();
        long deadline = System.currentTimeMillis() + 10_000;
        while (ended.size() < 8 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(8, ended.size());
        for (CallEvent.Ended e : ended) {
            byte[] stored = Files.readAllBytes(e.recording());
            assertArrayEquals(sent, Arrays.copyOfRange(stored, 44, stored.length), "recording of " + e.callId());
            assertEquals("Acme \"Logistics\"", e.call().accountId(), "badges and phones declare the account");
        }
    }

    /**
     * Gateways may die in a failover run ({@code --failover-port}): a phone whose gateway goes away mid-call cannot
     * resume, and is reported as cut with the bytes it sent, not as a failure. Its device is the 6th
     * ({@code --first-device 5}), the only one the gateway knows.
     */
    @Test
    void aPhoneWhoseGatewayGoesAwayIsReportedCutNotFailed() throws Exception {
        Path wav = TestResources.realEnglish("digits-16k.wav");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // its own thread: on 2 cores the common pool has one, which the HTTP client's own stages need
        try (CallEventBus bus = new InProcessCallEventBus();
             ExecutorService thread = Executors.newSingleThreadExecutor()) {
            Gateway gateway = Gateway.start(GatewayConfig.defaults(data).withPorts(0, 0),
                    FileDeviceDirectory.of(Map.of(SimOptions.deviceId(5), SimOptions.DEFAULT_SECRET)), Optional.empty(),
                    bus);
            Future<Integer> simulate = thread.submit(() -> new SimulateCommand().run(List.of("--phones", "1",
                    "--first-device", "5", "--real-time", "--wav", wav.toString(),
                    "--ws-port", Integer.toString(gateway.webSocketPort()), "--failover-port", "1"),
                    new PrintStream(out, true, StandardCharsets.UTF_8), System.err));
            long deadline = System.currentTimeMillis() + 10_000;
            while (gateway.openCalls() == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(1_000); // into the 8.3 s call
            gateway.close();
            String report = out.toString(StandardCharsets.UTF_8);
            assertEquals(0, simulate.get(30, TimeUnit.SECONDS), report);
        }
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("phone calls cut by a gateway's death: 1"), report);
        assertTrue(report.matches("(?s).*cut: sim-00005 \\(phone\\) after [1-9][0-9]* of 265856 bytes sent.*"), report);
        assertTrue(report.contains("verified byte-identical: 0 call(s); failed: 0"), report);
    }

    @Test
    void printsTheGatewayDeviceList() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SimulateCommand().run(List.of("devices", "3"), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(List.of("sim-00000 " + SimOptions.DEFAULT_SECRET, "sim-00001 " + SimOptions.DEFAULT_SECRET,
                "sim-00002 " + SimOptions.DEFAULT_SECRET), out.toString(StandardCharsets.UTF_8).lines().toList());
    }

}
