package com.voiceqa.rules;

/** Receives live alerts. Called on the thread that delivered the segment; must not block. */
@FunctionalInterface
public interface AlertListener {
    void onAlert(AlertEvent event);
}
