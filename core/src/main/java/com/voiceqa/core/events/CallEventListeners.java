package com.voiceqa.core.events;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The listeners of one {@link CallEventBus} and the port's delivery rule, for every implementation: each event goes
 * to every listener subscribed now, and a listener that throws is logged and stays subscribed while the others still
 * get the event. Thread-safe; subscribing during a delivery takes effect from the next event.
 */
public final class CallEventListeners {

    private static final Logger LOG = Logger.getLogger(CallEventListeners.class.getName());

    private final CopyOnWriteArrayList<CallEventListener> listeners = new CopyOnWriteArrayList<>();

    public void add(CallEventListener listener) {
        listeners.add(listener);
    }

    public void remove(CallEventListener listener) {
        listeners.remove(listener);
    }

    /** Hands the event to each listener in turn, on the caller's thread (the bus's). */
    public void deliver(CallEvent event) {
        for (CallEventListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "call event listener failed on " + event.getClass().getSimpleName(), e);
            }
        }
    }
}
