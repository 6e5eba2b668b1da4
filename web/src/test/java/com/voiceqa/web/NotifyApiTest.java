package com.voiceqa.web;

import com.sun.net.httpserver.HttpServer;
import com.voiceqa.web.support.ApiClient;
import com.voiceqa.web.support.ServerTest;
import com.voiceqa.web.support.TestCalls;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alerts in the running product: an admin adds a webhook channel (a real local HTTP receiver), a high-risk call
 * stored through the pipeline reaches it once through the outbox and the scheduled dispatcher.
 */
class NotifyApiTest extends ServerTest {

    @Autowired
    private TestCalls calls;

    @Test
    void aHighRiskCallReachesTheWebhookOnce() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            assertThat(as("manager").post("/api/notify/channels", Map.of("name", "x", "kind", "webhook", "target", url))
                    .status()).isEqualTo(403);
            assertThat(as("admin").post("/api/notify/channels", Map.of("name", "x", "kind", "sms", "target", url))
                    .text()).contains("kind must be webhook or email");
            assertThat(as("admin").post("/api/notify/channels", Map.of("name", "x", "kind", "webhook", "target", "ftp://x"))
                    .status()).isEqualTo(400);
            assertThat(as("admin").post("/api/notify/channels", Map.of("name", "x", "kind", "email", "target", "nobody"))
                    .status()).isEqualTo(400);
            ApiClient.Response channel = as("admin").post("/api/notify/channels",
                    Map.of("name", "测试机器人", "kind", "webhook", "target", url, "template", "json"));
            assertThat(channel.status()).as(channel.toString()).isEqualTo(201);

            long account = calls.newAccount();
            String callId = calls.storeAngry(account);
            assertThat(as("admin").get("/api/calls/" + callId).json().get("churnRisk").asString()).isEqualTo("high");

            long deadline = System.nanoTime() + 30_000_000_000L;
            while (received.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(received).as("the dispatcher polls every 5 s").hasSize(1);
            JsonNode body = JsonMapper.builder().build().readTree(received.getFirst());
            assertThat(body.get("title").asString()).startsWith("高风险通话");
            assertThat(body.get("url").asString()).endsWith("/#/calls/" + callId);
            Thread.sleep(11_000);
            assertThat(received).as("two more polls send nothing again").hasSize(1);
            JsonNode outbox = as("admin").get("/api/notify/outbox").json();
            assertThat(outbox.get(0).get("key").asString()).isEqualTo("call-high:" + callId);
            assertThat(outbox.get(0).get("state").asString()).isEqualTo("sent");
        } finally {
            receiver.stop(0);
        }
    }
}
