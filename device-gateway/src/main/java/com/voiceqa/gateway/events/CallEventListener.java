package com.voiceqa.gateway.events;

/** Receives call events; see {@link CallEventBus} for the threading contract. */
@FunctionalInterface
public interface CallEventListener {
    void onEvent(CallEvent event);
}
