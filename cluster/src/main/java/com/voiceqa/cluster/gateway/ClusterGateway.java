package com.voiceqa.cluster.gateway;

import com.voiceqa.bus.kafka.KafkaSettings;
import com.voiceqa.bus.kafka.audio.KafkaAudioLog;
import com.voiceqa.bus.kafka.events.KafkaCallEventBus;
import com.voiceqa.cluster.NodeName;
import com.voiceqa.cluster.takeover.AbandonedCalls;
import com.voiceqa.cluster.takeover.KafkaCallTakeover;
import com.voiceqa.cluster.takeover.OpenCallsBus;
import com.voiceqa.gateway.Gateway;
import com.voiceqa.gateway.auth.DeviceDirectory;
import com.voiceqa.gateway.config.GatewayConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A running gateway node: the Netty gateway on Kafka, its scratch folder, and its share of the open calls of nodes
 * that died ({@link AbandonedCalls}: phone calls ended, badge calls adopted).
 */
public final class ClusterGateway implements AutoCloseable {

    /** How long taking a call over may read Kafka before the device is told to retry. */
    static final Duration TAKEOVER_TIMEOUT = Duration.ofSeconds(20);

    private final Gateway gateway;
    private final OpenCallsBus events;
    private final AbandonedCalls abandoned;
    private final Path scratch;

    private ClusterGateway(Gateway gateway, OpenCallsBus events, AbandonedCalls abandoned, Path scratch) {
        this.gateway = gateway;
        this.events = events;
        this.abandoned = abandoned;
        this.scratch = scratch;
    }

    /**
     * Starts a node; {@code config.dataDir()} gets the node's scratch folder ({@code gateway-*}, new at every start).
     *
     * @throws IOException when the data folder or a port cannot be used
     */
    public static ClusterGateway start(KafkaSettings settings, NodeName node, GatewayConfig config,
                                       DeviceDirectory devices) throws IOException, InterruptedException {
        Files.createDirectories(config.dataDir());
        Path scratch = Files.createTempDirectory(config.dataDir(), "gateway-");
        String client = "gateway-" + node;
        // the name in the open-calls records and the liveness group: this process's, so a node restarted under the
        // same --node does not pass for the one that died and leaves no call of it open
        String holder = node.value() + "." + Long.toString(System.currentTimeMillis(), 36);
        OpenCallsBus events = new OpenCallsBus(settings,
                new KafkaCallEventBus(settings, "voiceqa-" + client, client + "-events"), holder,
                client + "-open-calls");
        AbandonedCalls abandoned = null;
        try {
            abandoned = AbandonedCalls.join(settings, holder); // a member before it holds any call
            KafkaAudioLog audio = new KafkaAudioLog(settings, client + "-audio",
                    KafkaAudioLog.DEFAULT_MAX_PENDING_BYTES);
            Gateway gateway = Gateway.startReplicated(config.withDataDir(scratch), devices, audio,
                    new KafkaCallTakeover(settings, events, client + "-takeover", TAKEOVER_TIMEOUT), events);
            abandoned.handWith(gateway::endAbandoned, gateway::adoptAbandoned);
            return new ClusterGateway(gateway, events, abandoned, scratch);
        } catch (IOException | RuntimeException e) {
            if (abandoned != null) {
                abandoned.close();
            }
            events.close();
            deleteScratch(scratch);
            throw e;
        }
    }

    public int badgePort() {
        return gateway.badgePort();
    }

    public int phonePort() {
        return gateway.webSocketPort();
    }

    public int openCalls() {
        return gateway.openCalls();
    }

    /**
     * Stops listening, sends what Kafka has not acknowledged yet (bounded) and deletes the scratch folder: the open
     * calls continue on any other node their devices reconnect to.
     */
    @Override
    public void close() throws InterruptedException {
        try {
            gateway.close(); // its phone connections close, so it ends its own phone calls before it leaves the group
        } finally {
            abandoned.close();
            events.close();
            deleteScratch(scratch);
        }
    }

    private static void deleteScratch(Path scratch) {
        try (Stream<Path> files = Files.walk(scratch)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.getLogger(ClusterGateway.class.getName()).log(System.Logger.Level.WARNING,
                    "could not delete the gateway's scratch folder " + scratch + ": " + e);
        }
    }
}
