package com.voiceqa.sim;

import com.voiceqa.badge.Payloads;
import com.voiceqa.badge.client.BadgeClient;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One badge streaming one recording as one call: windowed AUDIO frames, ACK latency per frame, an optional
 * disconnect at a random frame followed by reconnect + RESUME, and a final check that the server's SHA-256 of the
 * stored audio equals the audio sent.
 */
final class BadgeCallSim implements Runnable {

    private static final int RAMP_MILLIS = 2_000;

    private final BadgeConnector connector;
    private final String deviceId;
    private final WavFile wav;
    private final SimOptions options;
    private final SimReport report;
    private final SplittableRandom random;

    BadgeCallSim(BadgeConnector connector, String deviceId, WavFile wav, SimOptions options, SimReport report, long seed) {
        this.connector = connector;
        this.deviceId = deviceId;
        this.wav = wav;
        this.options = options;
        this.report = report;
        this.random = new SplittableRandom(seed); // java.util.Random's first draws from adjacent seeds correlate
    }

    @Override
    public void run() {
        try {
            stream();
        } catch (Exception e) {
            report.callsFailed.incrementAndGet();
            report.bytesLost.addAndGet(wav.pcm().length);
            report.fail(deviceId + ": " + e);
        }
    }

    private void stream() throws Exception {
        UUID callId = UUID.randomUUID();
        int chunk = wav.chunkBytes(options.chunkMillis());
        int frames = (wav.pcm().length + chunk - 1) / chunk;
        long[] sentAt = new long[frames + 1];
        AtomicLong lastAck = new AtomicLong();
        int disconnectAt = random.nextDouble() < options.disconnectRate() ? 1 + random.nextInt(frames) : -1;
        var start = new Payloads.CallStart(wav.format(), Instant.now(), !options.realTime(), "rep-" + deviceId,
                options.account());

        if (options.realTime() && options.badges() > 1) {
            Thread.sleep(random.nextInt(RAMP_MILLIS)); // live calls start spread out, not in lockstep
        }
        BadgeClient client = connector.connect(deviceId);
        try {
            client.startCall(callId, start, BadgeConnector.TIMEOUT);
            listen(client, callId, sentAt, lastAck);
            long began = System.nanoTime();
            for (long seq = 1; seq <= frames; seq++) {
                if (options.realTime()) {
                    long due = began + (seq - 1) * options.chunkMillis() * 1_000_000L;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                }
                if (seq - client.acknowledged(callId) > options.window()) {
                    client.awaitAck(callId, seq - options.window(), BadgeConnector.TIMEOUT);
                }
                int from = (int) (seq - 1) * chunk;
                sentAt[(int) seq] = System.nanoTime();
                client.audio(callId, seq, Arrays.copyOfRange(wav.pcm(), from, Math.min(wav.pcm().length, from + chunk)));
                if (seq == disconnectAt) {
                    client.close();
                    report.disconnects.incrementAndGet();
                    client = connector.connect(deviceId);
                    long stored = client.resume(callId, BadgeConnector.TIMEOUT);
                    lastAck.set(stored);
                    listen(client, callId, sentAt, lastAck);
                    seq = stored; // the loop continues with the first frame the server does not have
                    disconnectAt = -1;
                }
            }
            Payloads.CallSummary summary = client.endCall(callId, frames, BadgeConnector.TIMEOUT);
            verify(summary);
        } finally {
            client.close();
        }
    }

    /** Records, for every frame an ACK newly covers, the time from sending it to the ACK. */
    private void listen(BadgeClient client, UUID callId, long[] sentAt, AtomicLong lastAck) {
        client.onAck(callId, acked -> {
            long now = System.nanoTime();
            long previous = lastAck.getAndAccumulate(acked, Math::max);
            for (long s = previous + 1; s <= acked && s < sentAt.length; s++) {
                if (sentAt[(int) s] != 0) {
                    report.ackLatency.add(now - sentAt[(int) s]);
                }
            }
        });
    }

    private void verify(Payloads.CallSummary summary) throws Exception {
        String sent = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(wav.pcm()));
        report.bytesSent.addAndGet(wav.pcm().length);
        if (summary.audioBytes() == wav.pcm().length && summary.sha256Hex().equals(sent)) {
            report.callsVerified.incrementAndGet();
            report.bytesStored.addAndGet(summary.audioBytes());
            report.audioNanos.addAndGet((long) (wav.seconds() * 1e9));
        } else {
            report.callsFailed.incrementAndGet();
            report.bytesLost.addAndGet(Math.max(1, Math.abs(wav.pcm().length - summary.audioBytes())));
            report.fail(deviceId + ": stored " + summary.audioBytes() + " bytes (sha " + summary.sha256Hex()
                    + "), sent " + wav.pcm().length + " (sha " + sent + ")");
        }
    }
}
