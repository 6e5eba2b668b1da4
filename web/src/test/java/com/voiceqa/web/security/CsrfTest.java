package com.voiceqa.web.security;

import com.voiceqa.web.support.ApiClient;
import com.voiceqa.web.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * M2: an administrator's session cannot be used by another origin's page, not even a sibling subdomain (same site,
 * so SameSite=Strict still sends the cookie); the dashboard itself and HTTP Basic scripts keep working.
 */
class CsrfTest extends ServerTest {

    @Test
    void aCrossOriginFormPostWithTheAdminsSessionIsRefused() {
        ApiClient admin = ApiClient.anonymous(port);
        assertEquals(200, admin.login("admin", PASSWORD).status());
        long device = as("admin").post("/api/devices", Map.of("deviceId", "csrf-" + System.nanoTime() % 100_000))
                .json().get("device").get("id").asLong();
        String rotate = "/api/devices/" + device + "/rotate-secret";

        for (Map<String, String> attacker : java.util.List.of(
                Map.of("Origin", "https://evil.example.com", "Sec-Fetch-Site", "same-site"),
                Map.of("Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site"),
                Map.of("Origin", "https://evil.example"),
                Map.of("Origin", "null"))) {
            ApiClient.Response refused = admin.post(rotate, Map.of(), attacker);
            assertEquals(403, refused.status(), attacker + " -> " + refused);
            assertTrue(refused.json().get("message").asString().contains("跨站请求"), refused.toString());
        }
        ApiClient.Response loginCsrf = admin.post("/login", Map.of(), Map.of("Sec-Fetch-Site", "cross-site"));
        assertEquals(403, loginCsrf.status(), "no login CSRF either");

        assertEquals(200, admin.post(rotate, Map.of(), Map.of("Sec-Fetch-Site", "same-origin")).status(),
                "the dashboard's own requests pass");
        assertEquals(200, admin.post(rotate, Map.of(), Map.of("Origin", "http://localhost:" + port)).status(),
                "so do those of browsers that only send Origin");
        assertEquals(200, as("admin").post(rotate, Map.of()).status(), "and HTTP Basic scripts");
    }
}
