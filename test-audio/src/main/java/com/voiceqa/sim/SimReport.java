package com.voiceqa.sim;

import java.io.PrintStream;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What the simulated devices observed; shared by all of them. */
final class SimReport {

    final Latencies ackLatency = new Latencies();
    final Latencies phoneReplyLatency = new Latencies();
    final AtomicInteger callsVerified = new AtomicInteger();
    final AtomicInteger callsFailed = new AtomicInteger();
    final AtomicInteger disconnects = new AtomicInteger();
    final AtomicInteger failovers = new AtomicInteger();
    final AtomicInteger idleConnected = new AtomicInteger();
    final AtomicInteger idleDropped = new AtomicInteger();
    final AtomicLong heartbeats = new AtomicLong();
    final AtomicLong bytesSent = new AtomicLong();
    final AtomicLong bytesStored = new AtomicLong();
    final AtomicLong bytesLost = new AtomicLong();
    final AtomicLong audioNanos = new AtomicLong();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final Queue<String> cuts = new ConcurrentLinkedQueue<>();

    void fail(String what) {
        if (failures.size() < 20) {
            failures.add(what);
        }
    }

    /** A phone call its gateway's death ended after {@code sent} of {@code total} bytes. */
    void phoneCut(String deviceId, long sent, long total) {
        cuts.add(deviceId + " (phone) after " + sent + " of " + total + " bytes sent: its gateway went away and "
                + "a phone cannot resume");
        bytesSent.addAndGet(sent);
    }

    boolean clean() {
        return callsFailed.get() == 0 && bytesLost.get() == 0 && idleDropped.get() == 0;
    }

    void print(PrintStream out, SimOptions o, double seconds) {
        out.printf("simulated %d badge call(s) + %d phone call(s) (%s), %d idle badge(s), disconnect rate %.2f%n",
                o.badges(), o.phones(), o.realTime() ? "real time" : "as fast as acknowledged", o.idleBadges(),
                o.disconnectRate());
        double audioSeconds = audioNanos.get() / 1e9;
        out.printf("wall time %.1f s; audio %.1f s stored = %.1fx real time; %.2f MB/s%n", seconds, audioSeconds,
                audioSeconds / seconds, bytesStored.get() / 1e6 / seconds);
        out.printf("ack latency (AUDIO sent -> ACK received, fsync included): p50 %.2f ms, p99 %.2f ms (%d frames)%n",
                ackLatency.percentileMillis(50), ackLatency.percentileMillis(99), ackLatency.count());
        if (o.phones() > 0) {
            out.printf("phone reply latency (message sent -> reply): p50 %.2f ms, p99 %.2f ms (%d messages)%n",
                    phoneReplyLatency.percentileMillis(50), phoneReplyLatency.percentileMillis(99),
                    phoneReplyLatency.count());
        }
        out.printf("verified byte-identical: %d call(s); failed: %d; lost bytes: %d; disconnects resumed: %d; "
                + "resumed on the failover gateway: %d%n", callsVerified.get(), callsFailed.get(), bytesLost.get(),
                disconnects.get(), failovers.get());
        if (o.idleBadges() > 0) {
            out.printf("idle badges: %d connected, %d dropped, %d heartbeats sent%n", idleConnected.get(),
                    idleDropped.get(), heartbeats.get());
        }
        if (!cuts.isEmpty()) {
            out.printf("phone calls cut by a gateway's death: %d%n", cuts.size());
            cuts.forEach(c -> out.println("  cut: " + c));
        }
        failures.forEach(f -> out.println("  failure: " + f));
    }
}
