package com.voiceqa.web.live;

import com.voiceqa.web.support.ServerTest;
import com.voiceqa.web.support.SseListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A live page whose browser stops reading (a stalled network, a frozen tab) must not hold up the live view: the events
 * keep flowing to the other pages, publishing never waits for the stalled socket, and the stalled page is closed once
 * it falls too far behind, over real HTTP connections.
 */
class SlowLivePageTest extends ServerTest {

    /** Big enough that the stalled page's socket buffers fill after a few thousand events. */
    private static final String TEXT = "客户说合同到期以后再看看别家的报价".repeat(60);
    private static final int BATCH = 250;

    @Autowired
    private LiveHub hub;

    @Test
    void aStalledPageHoldsUpNobodyAndIsClosedWhenItFallsBehind() throws Exception {
        try (Socket stalled = stalledSubscriber(); SseListener reading = new SseListener(port, "admin", PASSWORD)) {
            reading.awaitSubscribed();
            String callId = "slow-page-" + System.nanoTime();
            hub.started(new LiveUpdate.CallStarted(callId, null, null, "slow-badge", Instant.now(), null, null));
            int batches = 4 * LiveSubscriber.MAX_PENDING / BATCH;
            assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
                for (int b = 0; b < batches; b++) {
                    long started = System.nanoTime();
                    for (int i = 0; i < BATCH; i++) {
                        hub.segment(new LiveCall.Segment(callId, "customer", b, b + 1, b + ":" + i + ":" + TEXT));
                    }
                    // queuing takes microseconds; a publisher that waits on the stalled socket takes the server's
                    // write timeout (tens of seconds)
                    Duration publishing = Duration.ofNanos(System.nanoTime() - started);
                    assertTrue(publishing.compareTo(Duration.ofSeconds(5)) < 0,
                            "batch " + b + " took " + publishing + " to publish");
                    // the reading page keeps up with each batch while the stalled one falls behind
                    SseListener.Event last = lastOfBatch(reading, b);
                    assertNotNull(last, "batch " + b + " reached the page that reads");
                }
            }, "publishing waited for a page that does not read");

            stalled.setSoTimeout(30_000);
            assertEquals(-1, drain(stalled.getInputStream()), "the server ended the stalled page's response");
        }
    }

    private static SseListener.Event lastOfBatch(SseListener reading, int batch) throws InterruptedException {
        String wanted = batch + ":" + (BATCH - 1) + ":";
        for (int i = 0; i < BATCH; i++) {
            SseListener.Event event = reading.next("segment", 30_000);
            if (event == null) {
                return null;
            }
            if (event.data().get("text").asString().startsWith(wanted)) {
                return event;
            }
        }
        return null;
    }

    /** Subscribes with a small receive buffer and then never reads. */
    private Socket stalledSubscriber() throws Exception {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("localhost", port), 5_000);
        String auth = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        OutputStream out = socket.getOutputStream();
        out.write(("GET /api/live/stream HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\nConnection: close\r\n"
                + "Authorization: Basic " + auth + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** Reads until the server closes the connection; returns -1 then. */
    private static int drain(InputStream in) throws Exception {
        byte[] buffer = new byte[64 * 1024];
        int n;
        do {
            n = in.read(buffer);
        } while (n >= 0);
        return n;
    }
}
