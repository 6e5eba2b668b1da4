package com.voiceqa.web;

import com.voiceqa.web.support.ApiClient;
import com.voiceqa.web.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tries to cross the lines between roles: every attempt must fail in the API itself. */
class SecurityBoundariesTest extends ServerTest {

    @Test
    void withoutLoginTheApiAnswers401JsonButHealthIsOpen() {
        ApiClient anonymous = ApiClient.anonymous(port);
        ApiClient.Response response = anonymous.get("/api/calls");
        assertEquals(401, response.status());
        assertEquals(401, response.json().get("status").asInt());
        assertEquals(null, response.header("WWW-Authenticate"), "no browser login popup over the dashboard");
        assertEquals(200, anonymous.get("/actuator/health").status());
        assertEquals(401, ApiClient.basic(port, "manager", "wrong-password").get("/api/me").status());
    }

    @Test
    void formLoginGivesASessionThatTheApiAccepts() {
        ApiClient browser = ApiClient.anonymous(port);
        ApiClient.Response loginPage = browser.get("/login");
        assertEquals(302, loginPage.status(), "GET /login leads to the dashboard's page, not Spring's generated form");
        assertTrue(loginPage.header("Location").endsWith("/login.html"), loginPage.header("Location"));
        ApiClient.Response login = browser.login("limin", PASSWORD);
        assertEquals(200, login.status(), login.toString());
        assertEquals("rep", login.json().get("role").asString());
        assertEquals("limin", browser.get("/api/me").json().get("username").asString());
        assertEquals(401, ApiClient.anonymous(port).login("limin", "nope").status());
    }

    @Test
    void aRepSeesOnlyTheirOwnCallsAndCannotOpenAnotherRepsCall() {
        JsonNode mine = as("limin").get("/api/calls?size=200").json();
        assertEquals(20, mine.get("total").asInt());
        for (JsonNode call : mine.get("items")) {
            assertEquals("李敏", call.get("rep").get("name").asString());
        }
        JsonNode others = as("zhaolei").get("/api/calls?size=1").json().get("items").get(0);
        String otherCall = others.get("id").asString();
        assertEquals(404, as("limin").get("/api/calls/" + otherCall).status());
        assertEquals(404, as("limin").get("/api/calls/" + otherCall + "/audio").status());
        long otherRep = others.get("rep").get("id").asLong();
        assertEquals(0, as("limin").get("/api/calls?rep=" + otherRep).json().get("total").asInt(),
                "filtering by another rep does not widen the scope");
    }

    @Test
    void onlyAdminsManageUsers() {
        Map<String, Object> user = Map.of("username", "intruder", "role", "admin");
        String newRep = "rep" + System.nanoTime() % 1_000_000_000L;
        assertEquals(403, as("manager").post("/api/users", user).status());
        assertEquals(403, as("limin").post("/api/users", user).status());
        ApiClient.Response created = as("admin").post("/api/users", Map.of("username", newRep, "role", "rep"));
        assertEquals(201, created.status(), created.toString());
        String generated = created.json().get("password").asString();
        assertTrue(generated.length() >= 12, "a generated password is returned once");
        assertEquals(200, ApiClient.basic(port, newRep, generated).get("/api/me").status());
        assertEquals(409, as("admin").post("/api/users", Map.of("username", newRep, "role", "rep")).status());
    }

    @Test
    void aRepSeesOnlyThemselvesInTheUserList() {
        JsonNode users = as("limin").get("/api/users").json();
        assertEquals(1, users.size());
        assertEquals("limin", users.get(0).get("username").asString());
        assertTrue(as("manager").get("/api/users").json().size() >= 3);
    }
}
