package com.voiceqa.core.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * How a long-running command (a gateway, an ASR worker) stops: when the JVM is asked to (SIGTERM, Ctrl-C), a shutdown
 * hook closes what runs, and the command's thread, waiting here, returns once that finished.
 */
public final class UntilStopped {

    /** What the hook closes. */
    public interface Stop {
        void close() throws Exception;
    }

    private final CountDownLatch stopped = new CountDownLatch(1);

    private UntilStopped() {
    }

    /** Registers {@code stop} to run at JVM shutdown; a failure there is printed, the shutdown goes on. */
    public static UntilStopped onShutdown(String name, Stop stop) {
        UntilStopped until = new UntilStopped();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                stop.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                System.err.println(name + ": stopping failed: " + e);
            } finally {
                until.stopped.countDown();
            }
        }, name + "-stop"));
        return until;
    }

    /** Waits until the hook finished. */
    public void await() throws InterruptedException {
        stopped.await();
    }

    /** Waits at most {@code millis}; true when the hook finished. */
    public boolean await(long millis) throws InterruptedException {
        return stopped.await(millis, TimeUnit.MILLISECONDS);
    }
}
