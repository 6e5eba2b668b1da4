package com.voiceqa.sim;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.ExecutionException;

/**
 * A phone streaming one recording with vosk-server's WebSocket protocol, timing each reply. With a failover port
 * (gateways are expected to die) a phone whose connection is lost is reported as cut, not failed: it cannot resume.
 */
final class PhoneSim implements Runnable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

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

    /** Bytes whose message was handed to the connection. */
    private long bytesSent;

    @Override
    public void run() {
        try {
            stream();
            report.callsVerified.incrementAndGet();
            report.bytesSent.addAndGet(wav.pcm().length);
            report.bytesStored.addAndGet(wav.pcm().length);
            report.audioNanos.addAndGet((long) (wav.seconds() * 1e9));
        } catch (Exception e) {
            if (options.failoverPort() > 0 && lostGateway(e)) {
                // expected in a failover run: the vosk protocol has no RESUME, so the call ends here, and what Kafka
                // acknowledged of it is the cluster's to store (the caller checks that against the bytes sent)
                report.phoneCut(deviceId, bytesSent, wav.pcm().length);
                return;
            }
            report.callsFailed.incrementAndGet();
            report.fail(deviceId + " (phone): " + e);
        }
    }

    /** The connection failed without the gateway closing it: the gateway went away, not a refusal. */
    private static boolean lostGateway(Exception e) {
        return e instanceof IOException || e instanceof ExecutionException && e.getCause() instanceof IOException;
    }

    private void stream() throws Exception {
        URI uri = URI.create((options.tls() ? "wss" : "ws") + "://" + options.host() + ":" + options.webSocketPort() + "/");
        try (PhoneConnection phone = PhoneConnection.open(http, uri, config(), TIMEOUT)) {
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
                int length = Math.min(chunk, wav.pcm().length - from);
                phone.send(ByteBuffer.wrap(wav.pcm(), from, length));
                bytesSent += length;
                phone.awaitReply();
                report.phoneReplyLatency.add(System.nanoTime() - sent);
            }
            phone.sendEof();
            String last = phone.awaitReply();
            if (!last.contains("\"text\"")) {
                throw new IllegalStateException("the answer to eof is not a final result: " + last);
            }
        }
    }

    /** vosk-server's config message with VoiceQA's device credentials and call metadata. */
    private String config() {
        ObjectNode config = JSON.createObjectNode();
        config.putObject("config").put("sample_rate", wav.format().sampleRate()).put("device_id", deviceId)
                .put("token", options.secret()).put("account_id", options.account());
        return config.toString();
    }
}
