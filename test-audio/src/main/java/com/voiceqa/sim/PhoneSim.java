package com.voiceqa.sim;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A phone streaming one recording with vosk-server's WebSocket protocol, timing each reply. */
final class PhoneSim implements Runnable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Marks the gateway closing the connection in the reply queue, so a refusal ends the call at once. */
    private static final String CLOSED = "\u0000closed: ";

    private final HttpClient http;
    private final SimOptions options;
    private final String deviceId;
    private final WavFile wav;
    private final SimReport report;

    PhoneSim(HttpClient http, SimOptions options, String deviceId, WavFile wav, SimReport report) {
        this.http = http;
        this.options = options;
        this.deviceId = deviceId;
        this.wav = wav;
        this.report = report;
    }

    @Override
    public void run() {
        try {
            stream();
            report.callsVerified.incrementAndGet();
            report.bytesSent.addAndGet(wav.pcm().length);
            report.bytesStored.addAndGet(wav.pcm().length);
            report.audioNanos.addAndGet((long) (wav.seconds() * 1e9));
        } catch (Exception e) {
            report.callsFailed.incrementAndGet();
            report.fail(deviceId + " (phone): " + e);
        }
    }

    private void stream() throws Exception {
        LinkedBlockingQueue<String> replies = new LinkedBlockingQueue<>();
        URI uri = URI.create((options.tls() ? "wss" : "ws") + "://" + options.host() + ":" + options.webSocketPort() + "/");
        WebSocket ws = http.newWebSocketBuilder().buildAsync(uri, new Collector(replies)).get(60, TimeUnit.SECONDS);
        ws.sendText(config(), true).get();
        int chunk = wav.chunkBytes(options.chunkMillis());
        long began = System.nanoTime();
        int message = 0;
        for (int from = 0; from < wav.pcm().length; from += chunk, message++) {
            if (options.realTime()) {
                long wait = began + message * options.chunkMillis() * 1_000_000L - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000);
                }
            }
            long sent = System.nanoTime();
            ws.sendBinary(ByteBuffer.wrap(wav.pcm(), from, Math.min(chunk, wav.pcm().length - from)), true).get();
            await(replies);
            report.phoneReplyLatency.add(System.nanoTime() - sent);
        }
        ws.sendText("{\"eof\" : 1}", true).get();
        String last = await(replies);
        if (!last.contains("\"text\"")) {
            throw new IllegalStateException("the answer to eof is not a final result: " + last);
        }
        ws.abort();
    }

    /** vosk-server's config message with VoiceQA's device credentials and call metadata. */
    private String config() {
        ObjectNode config = JSON.createObjectNode();
        config.putObject("config").put("sample_rate", wav.format().sampleRate()).put("device_id", deviceId)
                .put("token", options.secret()).put("account_id", options.account());
        return config.toString();
    }

    private static String await(LinkedBlockingQueue<String> replies) throws Exception {
        String reply = replies.poll(60, TimeUnit.SECONDS);
        if (reply == null) {
            throw new IllegalStateException("no reply within 60 s");
        }
        if (reply.startsWith(CLOSED)) {
            throw new IllegalStateException("the gateway closed the connection: " + reply.substring(CLOSED.length()));
        }
        return reply;
    }

    private record Collector(LinkedBlockingQueue<String> replies, StringBuilder text) implements WebSocket.Listener {
        Collector(LinkedBlockingQueue<String> replies) {
            this(replies, new StringBuilder());
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                replies.add(text.toString());
                text.setLength(0);
            }
            ws.request(1);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            replies.add(CLOSED + statusCode + (reason.isEmpty() ? "" : " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            replies.add(CLOSED + error);
        }
    }
}
