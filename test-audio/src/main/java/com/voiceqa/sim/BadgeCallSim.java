package com.voiceqa.sim;

import com.voiceqa.badge.Payloads;
import com.voiceqa.badge.client.BadgeClient;

import java.io.EOFException;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One badge streaming one recording as one call: windowed AUDIO frames, ACK latency per frame, an optional
 * disconnect at a random frame followed by reconnect + RESUME, a move to a second gateway when the first goes away
 * mid-call ({@code --failover-port}), and a final check that the server's SHA-256 of the
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
        boolean failoverLeft = options.failoverPort() > 0;
        try {
            client.startCall(callId, start, BadgeConnector.TIMEOUT);
            listen(client, callId, sentAt, lastAck);
            long began = System.nanoTime();
            long seq = 1;
            Payloads.CallSummary summary = null;
            while (summary == null) {
                try {
                    if (seq > frames) {
                        summary = client.endCall(callId, frames, BadgeConnector.TIMEOUT);
                        continue;
                    }
                    if (options.realTime()) {
                        long due = began + (seq - 1) * options.chunkMillis() * 1_000_000L;
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                    }
                    if (client.isClosed()) {
                        throw new EOFException("the gateway closed the connection");
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
                        seq = resume(client, callId, sentAt, lastAck);
                        disconnectAt = -1;
                        continue;
                    }
                    seq++;
                } catch (IOException e) {
                    if (!failoverLeft || e instanceof BadgeClient.ErrorReply) {
                        throw e; // the gateway answered: another node would answer the same
                    }
                    failoverLeft = false; // once per call: a second loss is a failure to report, not to hide
                    client.close();
                    report.failovers.incrementAndGet();
                    client = connector.connect(deviceId, options.failoverPort());
                    seq = resume(client, callId, sentAt, lastAck);
                }
            }
            verify(summary);
        } finally {
            client.close();
        }
    }

    /** RESUMEs the call on a new connection; returns the first frame the server does not have. */
    private long resume(BadgeClient client, UUID callId, long[] sentAt, AtomicLong lastAck)
            throws IOException, InterruptedException {
        long stored = client.resume(callId, BadgeConnector.TIMEOUT);
        lastAck.set(stored);
        listen(client, callId, sentAt, lastAck);
        return stored + 1;
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
