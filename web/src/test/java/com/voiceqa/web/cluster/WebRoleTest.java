package com.voiceqa.web.cluster;

import com.voiceqa.asr.TestResources;
import com.voiceqa.web.VoiceQaApplication;
import com.voiceqa.web.live.GatewayBridge;
import com.voiceqa.web.pipeline.SpeechEngine;
import com.voiceqa.web.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./voiceqa web}'s process: the dashboard and API answer, but no gateway listens, no recognizer is loaded, the
 * dashboard does not call ASR "off" (the cluster's workers transcribe), and an upload is refused with what to do
 * instead of being stored by a process that does not process calls.
 */
@SpringBootTest(classes = VoiceQaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"voiceqa.roles=web", "voiceqa.admin-password=" + WebRoleTest.PASSWORD,
                "voiceqa.gateway.websocket-port=0", "voiceqa.gateway.badge-port=0"})
class WebRoleTest {

    static final String PASSWORD = "web-role-test-2026";

    @LocalServerPort
    int port;
    @Autowired
    GatewayBridge gateway;
    @Autowired
    SpeechEngine speech;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        String data = Files.createTempDirectory("voiceqa-web-role-test").toString();
        registry.add("voiceqa.data-dir", () -> data);
        registry.add("voiceqa.shared-dir", () -> TestResources.shared().toString());
    }

    @Test
    void servesTheDashboardWithoutGatewayRecognizerOrPipeline() {
        ApiClient admin = ApiClient.basic(port, "admin", PASSWORD);
        assertEquals(200, admin.get("/api/calls").status());
        assertFalse(gateway.isRunning(), "no gateway in the web role");
        assertEquals(-1, gateway.badgePort());
        assertTrue(speech.engine().isEmpty(), "no recognizer in the web role");
        assertEquals("", speech.notice(true), "ASR runs in the cluster: nothing to warn about");

        ApiClient.Response upload = admin.upload("/api/calls", "call.wav", new byte[]{1, 2, 3}, Map.of());
        assertEquals(503, upload.status(), upload.toString());
        assertTrue(upload.text().contains("只提供看板和查询"), upload.text());
        assertEquals(0, admin.get("/api/calls").json().get("total").asLong(), "nothing was stored");
    }
}
