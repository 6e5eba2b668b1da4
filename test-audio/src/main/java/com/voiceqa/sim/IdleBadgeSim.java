package com.voiceqa.sim;

import com.voiceqa.badge.client.BadgeClient;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A badge that stays connected without a call, sending HEARTBEAT until the simulation ends. */
final class IdleBadgeSim implements Runnable {

    private final BadgeConnector connector;
    private final String deviceId;
    private final long heartbeatMillis;
    private final SimReport report;
    private final CountDownLatch done;
    private final CountDownLatch connected;

    IdleBadgeSim(BadgeConnector connector, String deviceId, long heartbeatMillis, SimReport report,
                 CountDownLatch connected, CountDownLatch done) {
        this.connector = connector;
        this.deviceId = deviceId;
        this.heartbeatMillis = heartbeatMillis;
        this.report = report;
        this.connected = connected;
        this.done = done;
    }

    @Override
    public void run() {
        try (BadgeClient client = connector.connect(deviceId)) {
            report.idleConnected.incrementAndGet();
            connected.countDown();
            while (!done.await(heartbeatMillis, TimeUnit.MILLISECONDS)) {
                if (client.isClosed()) {
                    throw new java.io.EOFException("the gateway closed the idle connection");
                }
                client.heartbeat();
                client.discardReplies();
                report.heartbeats.incrementAndGet();
            }
        } catch (Exception e) {
            connected.countDown();
            report.idleDropped.incrementAndGet();
            report.fail(deviceId + " (idle): " + e);
        }
    }
}
