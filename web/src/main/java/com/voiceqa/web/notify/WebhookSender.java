package com.voiceqa.web.notify;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** POSTs the message as JSON; any answer but 2xx (or no answer within the timeout) is a failed attempt. */
@Component
class WebhookSender implements Sender {

    private final HttpClient http;
    private final JsonMapper json;
    private final NotifyProperties properties;

    WebhookSender(JsonMapper json, NotifyProperties properties) {
        this.json = json;
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String kind() {
        return "webhook";
    }

    @Override
    public void send(Channel channel, String title, String body, String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(channel.target())).timeout(properties.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(
                        MessageFormat.webhookBody(json, channel.template(), title, body, url), StandardCharsets.UTF_8))
                .build();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("webhook answered HTTP " + response.statusCode());
        }
    }
}
