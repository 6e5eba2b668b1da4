package com.voiceqa.core.events;

/** Receives call events; see {@link CallEventBus} for the threading contract. */
@FunctionalInterface
public interface CallEventListener {
    void onEvent(CallEvent event);
}
