package com.voiceqa.cluster.gateway;

import com.voiceqa.cluster.NodeName;
import com.voiceqa.core.cli.CliArgs;
import com.voiceqa.core.cli.UserError;
import com.voiceqa.gateway.config.GatewayConfig;

import java.nio.file.Path;
import java.util.List;

/** The parsed flags of {@code ./voiceqa gateway --kafka ...}. */
record ClusterGatewayOptions(String kafka, GatewayConfig config, Path devices, NodeName node) {

    static final String USAGE = "gateway --kafka HOST:PORT[,HOST:PORT] --devices FILE [--badge-port N] "
            + "[--phone-port N] [--host ADDR] [--data DIR] [--node NAME]";

    static ClusterGatewayOptions parse(List<String> args) {
        String kafka = null;
        GatewayConfig config = GatewayConfig.defaults(Path.of("gateway-data"));
        Path devices = null;
        NodeName node = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--kafka" -> kafka = value(args, ++i, arg);
                case "--devices" -> devices = Path.of(value(args, ++i, arg));
                case "--badge-port" -> config = config.withPorts(config.webSocketPort(), port(args, ++i, arg));
                case "--phone-port" -> config = config.withPorts(port(args, ++i, arg), config.badgePort());
                case "--host" -> config = config.withHost(value(args, ++i, arg));
                case "--data" -> config = config.withDataDir(Path.of(value(args, ++i, arg)));
                case "--node" -> node = new NodeName(value(args, ++i, arg));
                default -> throw new UserError("unexpected argument '" + arg + "'. Usage: " + USAGE);
            }
        }
        if (devices == null) {
            throw new UserError("--devices FILE is required: the '<device-id> <secret>' lines of the badges that may "
                    + "log in (the same file on every gateway node). Usage: " + USAGE);
        }
        return new ClusterGatewayOptions(kafka, config, devices, node != null ? node : NodeName.ofThisProcess());
    }

    private static String value(List<String> args, int i, String flag) {
        return CliArgs.value(args, i, flag, USAGE);
    }

    private static int port(List<String> args, int i, String flag) {
        try {
            int port = Integer.parseInt(value(args, i, flag));
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UserError(flag + " needs a port number 0-65535 (0 picks a free one)");
        }
    }
}
