package com.voiceqa.web.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Subscribes to the live Server-Sent Events stream over real HTTP and queues each event with its arrival time. */
public final class SseListener implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Void>> response;
    private final CompletableFuture<Void> subscribed = new CompletableFuture<>();
    private final CompletableFuture<Void> ended = new CompletableFuture<>();

    public SseListener(int port, String user, String password) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/live/stream"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/event-stream").GET().build();
        response = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(
                new LineParser(), p -> null, "\n"));
    }

    /** Waits until the server has accepted the subscription. */
    public void awaitSubscribed() throws Exception {
        subscribed.get(10, TimeUnit.SECONDS);
    }

    /** The next event of this name, or null after the timeout. */
    public Event next(String name, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            Event event = events.poll(deadline - System.currentTimeMillis(), TimeUnit.MILLISECONDS);
            if (event != null && event.name().equals(name)) {
                return event;
            }
        }
        return null;
    }

    /** Whether the server ended the stream within the timeout. */
    public boolean awaitEnded(long timeoutMillis) throws InterruptedException {
        try {
            ended.get(timeoutMillis, TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return true;
        }
    }

    @Override
    public void close() {
        response.cancel(true);
    }

    public record Event(String name, JsonNode data, long receivedNanos) {
    }

    private final class LineParser implements java.util.concurrent.Flow.Subscriber<String> {
        private String name = "message";
        private final StringBuilder data = new StringBuilder();

        @Override
        public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.startsWith(":")) {
                subscribed.complete(null);
            } else if (line.startsWith("event:")) {
                name = line.substring(6).trim();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5));
            } else if (line.isEmpty() && !data.isEmpty()) {
                events.add(new Event(name, JSON.readTree(data.toString()), System.nanoTime()));
                name = "message";
                data.setLength(0);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            ended.complete(null);
        }

        @Override
        public void onComplete() {
            ended.complete(null);
        }
    }
}
