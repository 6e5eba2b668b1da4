package com.voiceqa.gateway.call;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends the calls a device left without CALL_END: no connection has owned them for longer than the stale-call
 * timeout (a badge that lost power mid-call, or one opening calls to use up its slots). Their audio is kept: the call
 * ends like any other, its recording is written and transcribed, and a RESUME afterwards gets its CALL_END summary.
 * Recovered calls count from their spool's last write, so the timeout also holds across restarts.
 */
public final class StaleCallReaper implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StaleCallReaper.class.getName());
    private static final Duration LONGEST_SWEEP_INTERVAL = Duration.ofSeconds(30);

    private final CallRegistry registry;
    private final Duration timeout;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("voiceqa-stale-calls").factory());

    public StaleCallReaper(CallRegistry registry, Duration timeout) {
        this.registry = registry;
        this.timeout = timeout;
        long interval = Math.max(50, Math.min(timeout.toMillis() / 4, LONGEST_SWEEP_INTERVAL.toMillis()));
        timer.scheduleWithFixedDelay(this::sweep, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void sweep() {
        Instant cutoff = Instant.now().minus(timeout);
        for (LiveCall call : registry.openedCalls()) {
            try {
                synchronized (call) {
                    if (call.abandonedBefore(cutoff)) {
                        LOG.info("call " + call.metadata().key() + " had no connection for " + timeout.toSeconds()
                                + " s; expiring it");
                        registry.expire(call);
                    }
                }
            } catch (RuntimeException e) { // a failing call must not stop the sweeps (the executor would)
                LOG.log(Level.WARNING, "could not expire call " + call.metadata().key(), e);
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
