package com.voiceqa.gateway.events;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The gateway's in-process event API: the rules engine and the web layer subscribe here.
 *
 * <p>Events are delivered on one dispatch thread owned by the bus, in publication order, so a listener sees a call's
 * events in order and never runs on a Netty event loop or an ASR worker. Listeners must not block for long: a slow
 * listener delays every other listener. A listener that throws is logged and keeps its subscription.
 */
public final class CallEventBus implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CallEventBus.class.getName());

    private final CopyOnWriteArrayList<CallEventListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "voiceqa-call-events");
        t.setDaemon(true);
        return t;
    });

    /** Subscribes a listener; closing the returned handle unsubscribes it. */
    public AutoCloseable subscribe(CallEventListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Queues an event for delivery to every current listener. Never blocks. */
    public void publish(CallEvent event) {
        if (dispatcher.isShutdown()) {
            return;
        }
        dispatcher.execute(() -> deliver(event));
    }

    private void deliver(CallEvent event) {
        for (CallEventListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "call event listener failed on " + event.getClass().getSimpleName(), e);
            }
        }
    }

    /** Delivers the events already published, then stops. */
    @Override
    public void close() throws InterruptedException {
        dispatcher.shutdown();
        dispatcher.awaitTermination(10, TimeUnit.SECONDS);
    }
}
