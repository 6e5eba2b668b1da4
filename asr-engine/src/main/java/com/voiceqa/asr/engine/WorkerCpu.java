package com.voiceqa.asr.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time of the calling thread, which is what a decoding turn costs (its wall time also counts waiting for a
 * core). Falls back to wall time where the JVM cannot measure thread CPU time, which overstates the cost on a busy
 * machine but never understates it.
 */
final class WorkerCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean MEASURED = THREADS.isCurrentThreadCpuTimeSupported()
            && THREADS.isThreadCpuTimeEnabled();

    private WorkerCpu() {
    }

    /** Nanoseconds of CPU this thread used so far (only differences mean anything). */
    static long nanos() {
        return MEASURED ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
