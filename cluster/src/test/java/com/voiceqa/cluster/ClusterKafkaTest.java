package com.voiceqa.cluster;

import com.voiceqa.cluster.gateway.GatewayRoleCommand;
import com.voiceqa.cluster.worker.AsrWorkerCommand;
import com.voiceqa.core.cli.UserError;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A wrong or unreachable {@code --kafka} is a clear error within a bounded time, never a hang or a stack trace. */
class ClusterKafkaTest {

    private static final PrintStream NOWHERE = new PrintStream(new ByteArrayOutputStream());

    @Test
    void malformedAddressesAreRefusedWithAnExample() {
        for (String bad : List.of("", "localhost", "localhost:", ":9092", "host:99999", "host:9092,", "a b:9092",
                "host:port")) {
            UserError e = assertThrows(UserError.class, () -> ClusterKafka.checkAddress(bad), bad);
            assertTrue(e.getMessage().contains("--kafka") && e.getMessage().contains("localhost:9092"), e.getMessage());
        }
        ClusterKafka.checkAddress("k1.example:9092,10.0.0.2:9093,[::1]:9094");
    }

    @Test
    void anUnreachableBrokerIsAnErrorWithinTheTimeout() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort(); // nothing listens there once closed
        }
        String address = "127.0.0.1:" + closedPort;
        UserError e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(UserError.class,
                () -> ClusterKafka.connect(address, Duration.ofSeconds(3))));
        assertTrue(e.getMessage().contains("no Kafka broker answered at " + address)
                && e.getMessage().contains("Start the broker"), e.getMessage());
    }

    @Test
    void bothCommandsRefuseABadKafkaValueBeforeStartingAnything() throws Exception {
        Path devices = Files.createTempFile("devices", ".txt");
        try {
            UserError gateway = assertThrows(UserError.class, () -> new GatewayRoleCommand().run(
                    List.of("--kafka", "nohost", "--devices", devices.toString(), "--badge-port", "0",
                            "--phone-port", "0"), NOWHERE, NOWHERE));
            assertTrue(gateway.getMessage().contains("is not HOST:PORT"), gateway.getMessage());
            UserError worker = assertThrows(UserError.class, () -> new AsrWorkerCommand().run(
                    List.of("--kafka", "nohost:0", "--model", "/nonexistent-model"), NOWHERE, NOWHERE));
            assertTrue(worker.getMessage().contains("port 0 is not 1-65535"), worker.getMessage());
            UserError noDevices = assertThrows(UserError.class, () -> new GatewayRoleCommand().run(
                    List.of("--kafka", "localhost:9092"), NOWHERE, NOWHERE));
            assertTrue(noDevices.getMessage().contains("--devices FILE is required"), noDevices.getMessage());
        } finally {
            Files.delete(devices);
        }
    }
}
