package com.voiceqa.cluster.gateway;

import com.voiceqa.bus.kafka.KafkaSettings;
import com.voiceqa.cluster.ClusterKafka;
import com.voiceqa.core.cli.CliCommand;
import com.voiceqa.core.cli.UntilStopped;
import com.voiceqa.core.cli.UserError;
import com.voiceqa.gateway.GatewayCommand;
import com.voiceqa.gateway.auth.DeviceDirectory;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code ./voiceqa gateway}: with {@code --kafka}, a gateway node of a cluster; without, the one-process gateway of
 * device-gateway ({@link GatewayCommand}), exactly as before. One command name, so the choice is made here.
 */
public final class GatewayRoleCommand implements CliCommand {

    private final GatewayCommand standalone = new GatewayCommand();

    @Override
    public String name() {
        return "gateway";
    }

    @Override
    public String usage() {
        return standalone.usage() + "; or " + ClusterGatewayOptions.USAGE
                + "  run a gateway node of a cluster (audio and call events on Kafka; ASR in asr-worker processes)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (!args.contains("--kafka")) {
            return standalone.run(args, out, err);
        }
        ClusterGatewayOptions options = ClusterGatewayOptions.parse(args);
        DeviceDirectory devices = GatewayCommand.loadDevices(options.devices(), err);
        KafkaSettings settings = ClusterKafka.connect(options.kafka(), ClusterKafka.CONNECT_TIMEOUT);
        ClusterGateway gateway;
        try {
            gateway = ClusterGateway.start(settings, options.node(), options.config(), devices);
        } catch (IOException e) {
            throw new UserError("the gateway could not start: " + e.getMessage(), e);
        }
        UntilStopped stopped = UntilStopped.onShutdown("voiceqa-gateway", gateway::close);
        out.printf("voiceqa gateway node %s listening: badges %s:%d, phones ws://%s:%d; Kafka %s%n", options.node(),
                options.config().host(), gateway.badgePort(), options.config().host(), gateway.phonePort(),
                settings.bootstrapServers());
        GatewayCommand.plaintextWarning(options.config()).ifPresent(err::println);
        out.flush();
        stopped.await();
        return 0;
    }
}
