package com.voiceqa.web.support;

import com.voiceqa.asr.TestResources;
import com.voiceqa.web.VoiceQaApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Base of the tests that run the whole product on a random port with the demo data: a fresh data directory (file
 * database, recordings) per test JVM, known passwords, the gateway on free ports.
 */
@SpringBootTest(classes = VoiceQaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"voiceqa.demo=true", "voiceqa.demo-password=" + ServerTest.PASSWORD,
                "voiceqa.admin-password=" + ServerTest.PASSWORD,
                "voiceqa.gateway.websocket-port=0", "voiceqa.gateway.badge-port=0",
                // Short login lockouts, so the throttle test can wait one out (production: 2 s doubling to 15 min).
                "voiceqa.login.first-lockout=1s", "voiceqa.login.max-lockout=" + ServerTest.MAX_LOCKOUT_SECONDS + "s"})
public abstract class ServerTest {

    public static final String PASSWORD = "demo-pass-2026";
    public static final int MAX_LOCKOUT_SECONDS = 3;
    private static final Path DATA = tempDir();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        // A context with other settings (the PostgreSQL variants) sets voiceqa.test.data-dir to a directory of its
        // own: two live contexts must not share the Lucene index and the gateway spool.
        registry.add("voiceqa.data-dir", () -> "${voiceqa.test.data-dir:" + DATA + "}");
        registry.add("voiceqa.shared-dir", () -> TestResources.shared().toString());
    }

    protected ApiClient as(String user) {
        return ApiClient.basic(port, user, PASSWORD);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("voiceqa-web-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
