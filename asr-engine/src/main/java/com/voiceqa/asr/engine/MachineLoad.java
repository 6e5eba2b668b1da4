package com.voiceqa.asr.engine;

import java.lang.management.ManagementFactory;

/**
 * The cores other processes take of this machine (builds, databases, other servers sharing it), so that live
 * capacity counts only what the decoder workers can actually get. From the JVM's view of the operating system: the
 * machine's CPU load less this process's, each over the time since the previous call, so one thread calls it at a
 * steady pace (the engine's reaper, once a second); another reader of the same bean (the product's metrics) only
 * shortens that window. Container-aware as far as the JVM is.
 */
final class MachineLoad {

    private final com.sun.management.OperatingSystemMXBean os;
    private final int cores;

    MachineLoad(int cores) {
        this.os = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean bean
                ? bean : null;
        this.cores = cores;
    }

    /** Cores used by other processes since the last call; 0 when the platform does not say. */
    double otherProcessesCores() {
        if (os == null) {
            return 0;
        }
        double machine = os.getCpuLoad();
        double self = os.getProcessCpuLoad();
        if (machine < 0 || self < 0) {
            return 0;
        }
        return Math.max(0, machine - self) * cores;
    }
}
