package com.voiceqa.asr.bench;

import java.lang.management.ManagementFactory;

/** CPU time used by this process, all threads (decoding runs on worker threads, not the caller's). */
final class CpuTime {

    private CpuTime() {
    }

    static long processNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
