package com.voiceqa.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Samples another process's CPU time and resident memory from /proc (Linux), to report what the gateway used
 * during a simulation.
 */
final class ProcessSampler {

    private static final long CLOCK_TICKS = 100; // USER_HZ on Linux
    private static final long PAGE_BYTES = 4096;

    private final long pid;
    private long startCpuTicks;
    private long startNanos;
    private long maxRssBytes;

    ProcessSampler(long pid) {
        this.pid = pid;
    }

    void start() throws IOException {
        startCpuTicks = cpuTicks();
        startNanos = System.nanoTime();
        sample();
    }

    void sample() throws IOException {
        String[] statm = Files.readString(Path.of("/proc", Long.toString(pid), "statm")).trim().split("\\s+");
        maxRssBytes = Math.max(maxRssBytes, Long.parseLong(statm[1]) * PAGE_BYTES);
    }

    /** Average CPU use since {@link #start}, in percent of one core. */
    double cpuPercent() throws IOException {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return (cpuTicks() - startCpuTicks) / (double) CLOCK_TICKS / seconds * 100;
    }

    long maxRssBytes() {
        return maxRssBytes;
    }

    private long cpuTicks() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
    }
}
