package com.voiceqa.gateway;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 11 (low): {@code gateway --host 0.0.0.0} without TLS says loudly that it serves plaintext. */
class PlaintextWarningTest {

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
