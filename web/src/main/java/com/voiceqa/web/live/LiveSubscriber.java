package com.voiceqa.web.live;

import com.voiceqa.web.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * One open live page. Its events wait in a bounded queue that its own virtual thread writes to the connection, so a
 * browser that reads slowly (or a network that stalls) holds up only itself: whoever publishes never waits for a
 * socket. A page that falls {@link #MAX_PENDING} events behind is closed; the browser's EventSource reconnects and
 * the page reloads the live state, which is better than showing a live view minutes late.
 */
final class LiveSubscriber {

    private static final Logger log = LoggerFactory.getLogger(LiveSubscriber.class);
    /** About a minute of a busy team's partials and segments; bounds memory per page. */
    static final int MAX_PENDING = 2_000;

    private final SseEmitter emitter;
    private final CurrentUser user;
    private final Consumer<LiveSubscriber> gone;
    private final BlockingQueue<SseEmitter.SseEventBuilder> pending = new ArrayBlockingQueue<>(MAX_PENDING);
    private final Thread writer;

    /**
     * @param gone told once when the page is gone (connection broke, closed, or fell behind), on any thread
     */
    LiveSubscriber(SseEmitter emitter, CurrentUser user, Consumer<LiveSubscriber> gone) {
        this.emitter = emitter;
        this.user = user;
        this.gone = gone;
        this.writer = Thread.ofVirtual().name("voiceqa-live-sse-" + user.username()).unstarted(this::write);
    }

    /** Starts writing; the page counts as gone once its response ends, whoever ended it. */
    void start() {
        emitter.onCompletion(this::ended);
        emitter.onTimeout(this::ended);
        emitter.onError(e -> ended());
        writer.start();
    }

    CurrentUser user() {
        return user;
    }

    /** Queues an event for this page; never blocks. A page too far behind is closed instead. */
    void send(SseEmitter.SseEventBuilder event) {
        if (!pending.offer(event)) {
            log.info("live page of {} fell {} events behind; closing it (the browser reconnects)", user.username(),
                    MAX_PENDING);
            close();
        }
    }

    /**
     * Stops the page's writer and ends its response; events still queued are not sent. Never blocks: completing waits
     * for a send in progress, which on a stalled connection lasts until the server's write timeout.
     */
    void close() {
        ended();
        Thread.ofVirtual().name("voiceqa-live-sse-close").start(emitter::complete);
    }

    /** The page is gone: its writer stops (it would otherwise wait for events forever) and the hub forgets it. */
    private void ended() {
        writer.interrupt();
        gone.accept(this);
    }

    private void write() {
        try {
            while (true) {
                emitter.send(pending.take());
            }
        } catch (InterruptedException e) {
            // closed
        } catch (IOException | IllegalStateException e) {
            log.debug("live subscriber gone: {}", e.getMessage());
            ended();
        }
    }
}
