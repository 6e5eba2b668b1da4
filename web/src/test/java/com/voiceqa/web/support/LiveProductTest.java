package com.voiceqa.web.support;

import com.voiceqa.asr.TestResources;
import com.voiceqa.sim.SimulateCommand;
import com.voiceqa.web.VoiceQaApplication;
import com.voiceqa.web.live.GatewayBridge;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Base of the tests that need the whole product with the real decoder (the small English test model): the demo data,
 * a fresh data directory, the gateway on free ports and 2 recognizers warmed at start. One Spring context serves every
 * subclass, so the decoder and the product start once.
 */
@SpringBootTest(classes = VoiceQaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"voiceqa.demo=true", "voiceqa.demo-password=" + LiveProductTest.PASSWORD,
                "voiceqa.admin-password=" + LiveProductTest.PASSWORD,
                "voiceqa.gateway.websocket-port=0", "voiceqa.gateway.badge-port=0",
                "voiceqa.gateway.warm-recognizers=2"})
public abstract class LiveProductTest {

    protected static final String PASSWORD = "e2e-pass-2026";

    @LocalServerPort
    protected int port;
    @Autowired
    protected GatewayBridge gateway;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path data = Files.createTempDirectory("voiceqa-e2e");
        registry.add("voiceqa.data-dir", data::toString);
        registry.add("voiceqa.shared-dir", () -> TestResources.shared().toString());
        registry.add("voiceqa.model-dir", () -> TestResources.testModel().toString());
    }

    /**
     * Streams {@code wav} in real time as one call of the simulator's first device ({@code transport} is
     * {@code --phones} or {@code --badges}) into this product's gateway; returns the simulator's report once it
     * verified what the gateway stored.
     */
    protected String simulate(String transport, Path wav, String secret, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of(transport, "1", "--wav", wav.toString(), "--real-time",
                "--secret", secret, "--ws-port", Integer.toString(gateway.webSocketPort()),
                "--badge-port", Integer.toString(gateway.badgePort())));
        args.addAll(List.of(options));
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        int exit = new SimulateCommand().run(args, new PrintStream(report, true, StandardCharsets.UTF_8), System.err);
        String simulated = report.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, simulated);
        return simulated;
    }
}
