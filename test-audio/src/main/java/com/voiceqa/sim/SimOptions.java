package com.voiceqa.sim;

import com.voiceqa.core.cli.CliArgs;
import com.voiceqa.core.cli.UserError;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What to simulate.
 *
 * @param badges          streaming badges, one call each
 * @param idleBadges      badges that only stay connected and send HEARTBEAT
 * @param phones          WebSocket (vosk protocol) phones, one call each
 * @param wavs            recordings to stream, assigned round-robin
 * @param realTime        pace audio like a live call; otherwise as fast as the gateway acknowledges (store-and-forward)
 * @param disconnectRate  probability that a badge call drops its connection at a random point and resumes
 * @param chunkMillis     audio per AUDIO frame / WebSocket message
 * @param window          AUDIO frames a badge may have unacknowledged
 * @param heartbeatMillis idle badges' heartbeat interval
 * @param gatewayPid      when > 0, the gateway process whose CPU and memory are reported
 * @param repeat          each recording is streamed this many times in a row within one call
 * @param account         the customer account every simulated call is about (empty: none)
 * @param failoverPort    when > 0, a second gateway's badge port (same host): a badge whose gateway goes away
 *                        mid-call connects there once and RESUMEs, as badges do behind a load balancer; a phone
 *                        whose gateway goes away is reported as cut (the vosk protocol has no RESUME), not failed
 * @param firstDevice     the index of the first simulated device ({@link #deviceId}): simulators streaming to
 *                        different gateways at once take different devices
 */
record SimOptions(String host, int badgePort, int webSocketPort, boolean tls, int badges, int idleBadges, int phones,
                  List<Path> wavs, boolean realTime, double disconnectRate, int chunkMillis, int window,
                  long heartbeatMillis, String secret, long seed, long gatewayPid, int repeat,
                  String account, int failoverPort, int firstDevice) {

    static final String DEFAULT_SECRET = "voiceqa-simulator-secret";

    static String deviceId(int index) {
        return String.format("sim-%05d", index);
    }

    static SimOptions parse(List<String> args) {
        String host = "127.0.0.1";
        int badgePort = 2701;
        int wsPort = 2700;
        boolean tls = false;
        int badges = 0;
        int idle = 0;
        int phones = 0;
        List<Path> wavs = new ArrayList<>();
        boolean realTime = false;
        double disconnect = 0;
        int chunk = 200;
        int window = 32;
        long heartbeat = 10_000;
        String secret = DEFAULT_SECRET;
        long seed = 1;
        long pid = 0;
        int repeat = 1;
        String account = "";
        int failoverPort = 0;
        int firstDevice = 0;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--host" -> host = value(args, ++i, a);
                case "--badge-port" -> badgePort = integer(args, ++i, a);
                case "--ws-port" -> wsPort = integer(args, ++i, a);
                case "--tls" -> tls = true;
                case "--badges" -> badges = integer(args, ++i, a);
                case "--idle-badges" -> idle = integer(args, ++i, a);
                case "--phones" -> phones = integer(args, ++i, a);
                case "--wav" -> wavs.add(Path.of(value(args, ++i, a)));
                case "--real-time" -> realTime = true;
                case "--disconnect-rate" -> disconnect = Double.parseDouble(value(args, ++i, a));
                case "--chunk-ms" -> chunk = integer(args, ++i, a);
                case "--window" -> window = integer(args, ++i, a);
                case "--heartbeat-ms" -> heartbeat = integer(args, ++i, a);
                case "--secret" -> secret = value(args, ++i, a);
                case "--seed" -> seed = integer(args, ++i, a);
                case "--gateway-pid" -> pid = integer(args, ++i, a);
                case "--repeat" -> repeat = Math.max(1, integer(args, ++i, a));
                case "--account" -> account = value(args, ++i, a);
                case "--failover-port" -> failoverPort = integer(args, ++i, a);
                case "--first-device" -> firstDevice = integer(args, ++i, a);
                default -> throw new UserError("unexpected argument '" + a + "'. Usage: " + SimulateCommand.USAGE);
            }
        }
        if (wavs.isEmpty() && (badges > 0 || phones > 0)) {
            throw new UserError("give at least one recording to stream with --wav FILE.wav");
        }
        if (badges + idle + phones == 0) {
            throw new UserError("nothing to simulate: give --badges N, --idle-badges N and/or --phones N");
        }
        if (disconnect < 0 || disconnect > 1) {
            throw new UserError("--disconnect-rate is a probability between 0 and 1");
        }
        if (firstDevice < 0) {
            throw new UserError("--first-device is a device index, 0 or more");
        }
        return new SimOptions(host, badgePort, wsPort, tls, badges, idle, phones, List.copyOf(wavs), realTime,
                disconnect, chunk, Math.max(1, window), heartbeat, secret, seed, pid, repeat, account, failoverPort,
                firstDevice);
    }

    private static String value(List<String> args, int i, String flag) {
        return CliArgs.value(args, i, flag, SimulateCommand.USAGE);
    }

    private static int integer(List<String> args, int i, String flag) {
        try {
            return Integer.parseInt(value(args, i, flag));
        } catch (NumberFormatException e) {
            throw new UserError(flag + " needs a whole number");
        }
    }
}
