package com.voiceqa.sim;

import com.voiceqa.core.cli.CliCommand;
import com.voiceqa.core.cli.UserError;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./voiceqa simulate} (or {@code voiceqa-sim}): virtual badges and phones stream recordings to a running
 * gateway, then it reports throughput, ACK latency and losses. Exits 1 when any byte was lost or a call failed.
 * {@code simulate devices N} prints the device list lines the gateway needs for the simulated badges.
 */
public final class SimulateCommand implements CliCommand {

    static final String USAGE = "simulate [--badges N] [--idle-badges N] [--phones N] --wav FILE.wav... [--real-time] "
            + "[--repeat N] [--disconnect-rate P] [--chunk-ms MS] [--window FRAMES] [--host H] [--badge-port N] [--ws-port N] "
            + "[--tls] [--secret S] [--account NAME] [--gateway-pid PID] [--failover-port N] [--first-device N] | simulate devices N [--secret S]  "
            + "stream recordings from virtual devices to a gateway and verify what it stored";

    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public String usage() {
        return USAGE;
    }

    /**
     * The device id of the {@code index}th simulated device (from {@code --first-device}: badges first, then idle
     * badges, then phones).
     */
    public static String deviceId(int index) {
        return SimOptions.deviceId(index);
    }

    public static void main(String[] args) throws Exception {
        try {
            System.exit(new SimulateCommand().run(List.of(args), System.out, System.err));
        } catch (UserError e) {
            System.err.println("voiceqa-sim: " + e.getMessage());
            System.exit(2);
        }
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (!args.isEmpty() && args.getFirst().equals("devices")) {
            printDevices(args, out);
            return 0;
        }
        SimOptions options = SimOptions.parse(args);
        List<WavFile> wavs = new ArrayList<>();
        for (Path p : options.wavs()) {
            wavs.add(readWav(p).repeated(options.repeat()));
        }
        SimReport report = new SimReport();
        ProcessSampler gateway = options.gatewayPid() > 0 ? new ProcessSampler(options.gatewayPid()) : null;
        double seconds = simulate(options, wavs, report, gateway, err);
        report.print(out, options, seconds);
        if (gateway != null) {
            out.printf("gateway pid %d: CPU %.0f %% of one core on average, max RSS %.0f MB%n", options.gatewayPid(),
                    gateway.cpuPercent(), gateway.maxRssBytes() / 1e6);
        }
        return report.clean() ? 0 : 1;
    }

    private static double simulate(SimOptions o, List<WavFile> wavs, SimReport report, ProcessSampler gateway,
                                   PrintStream err) throws Exception {
        BadgeConnector connector = new BadgeConnector(o);
        CountDownLatch done = new CountDownLatch(1);
        CountDownLatch idleConnected = new CountDownLatch(o.idleBadges());
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
             HttpClient http = HttpClient.newHttpClient()) {
            for (int i = 0; i < o.idleBadges(); i++) {
                threads.submit(new IdleBadgeSim(connector, SimOptions.deviceId(o.firstDevice() + o.badges() + i),
                        o.heartbeatMillis(), report, idleConnected, done));
            }
            idleConnected.await();
            err.printf("%d idle badge(s) connected; streaming %d badge call(s) and %d phone call(s)...%n",
                    report.idleConnected.get(), o.badges(), o.phones());
            if (gateway != null) {
                gateway.start();
                sampler.scheduleAtFixedRate(() -> sample(gateway), 200, 200, TimeUnit.MILLISECONDS);
            }
            long began = System.nanoTime();
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < o.badges(); i++) {
                calls.add(threads.submit(new BadgeCallSim(connector, SimOptions.deviceId(o.firstDevice() + i),
                        wavs.get(i % wavs.size()), o, report, o.seed() * 1_000_003 + i)));
            }
            for (int i = 0; i < o.phones(); i++) {
                calls.add(threads.submit(new PhoneSim(http, o,
                        SimOptions.deviceId(o.firstDevice() + o.badges() + o.idleBadges() + i),
                        wavs.get(i % wavs.size()), report)));
            }
            for (int i = 0; i < calls.size(); i++) {
                calls.get(i).get();
                if ((i + 1) % Math.max(1, calls.size() / 10) == 0) {
                    err.printf("  %d/%d calls done%n", i + 1, calls.size());
                }
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            done.countDown();
            return seconds;
        } finally {
            sampler.shutdownNow();
        }
    }

    private static void sample(ProcessSampler gateway) {
        try {
            gateway.sample();
        } catch (IOException e) {
            // the gateway went away; its last sample stands
        }
    }

    private static WavFile readWav(Path p) {
        try {
            return WavFile.read(p);
        } catch (IOException e) {
            throw new UserError("cannot read " + p + ": " + e.getMessage(), e);
        }
    }

    /** {@code simulate devices N}: the gateway's device list for N simulated devices. */
    private static void printDevices(List<String> args, PrintStream out) {
        if (args.size() < 2) {
            throw new UserError("simulate devices N [--secret S]: N is the number of devices");
        }
        int n = Integer.parseInt(args.get(1));
        String secret = args.size() >= 4 && args.get(2).equals("--secret") ? args.get(3) : SimOptions.DEFAULT_SECRET;
        for (int i = 0; i < n; i++) {
            out.println(SimOptions.deviceId(i) + " " + secret);
        }
    }
}
