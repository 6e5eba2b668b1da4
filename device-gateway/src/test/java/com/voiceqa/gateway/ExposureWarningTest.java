package com.voiceqa.gateway;

import com.voiceqa.gateway.config.GatewayConfig;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 (low): the standalone gateway warns about what exposes device secrets: listening beyond loopback without
 * TLS, and a device list other users can read.
 */
class ExposureWarningTest {

    @org.junit.jupiter.api.io.TempDir
    Path dir;

    @Test
    void aDeviceListOthersCanReadIsWarnedAbout() throws Exception {
        Path devices = java.nio.file.Files.writeString(dir.resolve("devices.txt"), "badge-1 0123456789abcdef0123\n");
        java.nio.file.Files.setPosixFilePermissions(devices, PosixFilePermissions.fromString("rw-r--r--"));
        String warning = GatewayCommand.readableByOthersWarning(devices).orElseThrow();
        assertTrue(warning.contains("chmod 600"), warning);
        java.nio.file.Files.setPosixFilePermissions(devices, PosixFilePermissions.fromString("rw-------"));
        assertTrue(GatewayCommand.readableByOthersWarning(devices).isEmpty());
    }

    @Test
    void anyNonLoopbackHostWithoutTlsIsWarnedAbout() {
        GatewayConfig exposed = GatewayOptions.parse(List.of("--host", "0.0.0.0", "--no-asr")).config();
        String warning = GatewayCommand.plaintextWarning(exposed).orElseThrow();
        assertTrue(warning.contains("WITHOUT TLS") && warning.contains("--tls-keystore"), warning);
    }

    @Test
    void loopbackAndTlsAreNotWarnedAbout() {
        GatewayConfig local = GatewayOptions.parse(List.of("--host", "127.0.0.1", "--no-asr")).config();
        assertTrue(GatewayCommand.plaintextWarning(local).isEmpty());
        GatewayConfig tls = GatewayConfig.defaults(Path.of("data")).withHost("0.0.0.0")
                .withTls(new GatewayConfig.Tls(Path.of("gateway.p12"), new char[0]));
        assertTrue(GatewayCommand.plaintextWarning(tls).isEmpty());
    }
}
