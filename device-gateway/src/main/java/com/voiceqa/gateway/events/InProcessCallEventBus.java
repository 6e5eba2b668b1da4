package com.voiceqa.gateway.events;

import com.voiceqa.core.events.CallEvent;
import com.voiceqa.core.events.CallEventBus;
import com.voiceqa.core.events.CallEventListener;
import com.voiceqa.core.events.CallEventListeners;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The {@link CallEventBus} of one process ({@code ./voiceqa serve}, {@code ./voiceqa gateway}): the rules engine and the web
 * layer subscribe here.
 *
 * <p>Events are delivered on one dispatch thread owned by the bus, in publication order (so per call, as the port
 * requires, and across calls too), exactly once to each listener subscribed when the event was published, never on
 * a Netty event loop or an ASR worker. One thread means a slow listener delays every other listener. Events not yet
 * delivered when the process dies are lost; the gateway's spool recovery ends those calls again after a restart.
 */
public final class InProcessCallEventBus implements CallEventBus {

    private final CallEventListeners listeners = new CallEventListeners();
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "voiceqa-call-events");
        t.setDaemon(true);
        return t;
    });

    @Override
    public AutoCloseable subscribe(CallEventListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void publish(CallEvent event) {
        if (dispatcher.isShutdown()) {
            return;
        }
        dispatcher.execute(() -> listeners.deliver(event));
    }

    /** Delivers the events already published (for at most 10 s), then stops. */
    @Override
    public void close() throws InterruptedException {
        dispatcher.shutdown();
        dispatcher.awaitTermination(10, TimeUnit.SECONDS);
    }
}
