package com.voiceqa.cluster;

import com.voiceqa.bus.kafka.KafkaSettings;
import com.voiceqa.bus.kafka.KafkaTopics;
import com.voiceqa.cluster.takeover.OpenCallsTopic;
import com.voiceqa.core.cli.UserError;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * The one way a cluster role reaches Kafka: checks the {@code --kafka} value, waits a bounded time for the brokers to
 * answer (an unreachable broker is a clear error, never a hang) and creates the cluster's topics that are missing.
 */
public final class ClusterKafka {

    /** How long a role waits for the brokers at start. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    /** Partitions of topics this role creates: one ASR worker per audio partition at most, so room for 12. */
    static final int PARTITIONS = 12;
    private static final Pattern BROKER = Pattern.compile("[A-Za-z0-9._-]+:[0-9]{1,5}|\\[[0-9A-Fa-f:.]+]:[0-9]{1,5}");
    private static final String EXAMPLE = "e.g. --kafka localhost:9092 or --kafka k1:9092,k2:9092";

    private ClusterKafka() {
    }

    /**
     * The settings for the brokers {@code address} names, once they answered and the topics exist.
     *
     * @throws UserError when the value is not {@code HOST:PORT[,HOST:PORT...]} or no broker answered in time
     */
    public static KafkaSettings connect(String address, Duration timeout) throws InterruptedException {
        KafkaSettings settings = KafkaSettings.of(checkAddress(address));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis()))) {
            int brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
            short replicas = (short) Math.min(3, brokers);
            KafkaTopics.create(settings, PARTITIONS, replicas);
            OpenCallsTopic.create(admin, settings, PARTITIONS, replicas);
        } catch (TimeoutException | ExecutionException e) {
            throw new UserError("no Kafka broker answered at " + address + " within " + timeout.toSeconds()
                    + " s (" + rootMessage(e) + "). Start the broker, or check --kafka (" + EXAMPLE + ")", e);
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new UserError("cannot use Kafka at " + address + ": " + rootMessage(e) + ". Check --kafka ("
                    + EXAMPLE + ")", e);
        }
        return settings;
    }

    /** The value itself when it is a comma-separated list of {@code host:port} with ports 1-65535. */
    static String checkAddress(String address) {
        if (address == null || address.isBlank()) {
            throw new UserError("--kafka needs the brokers' HOST:PORT (" + EXAMPLE + ")");
        }
        for (String broker : address.split(",", -1)) {
            if (!BROKER.matcher(broker).matches()) {
                throw new UserError("--kafka '" + address + "': '" + broker + "' is not HOST:PORT (" + EXAMPLE + ")");
            }
            int port = Integer.parseInt(broker.substring(broker.lastIndexOf(':') + 1));
            if (port < 1 || port > 65535) {
                throw new UserError("--kafka '" + address + "': port " + port + " is not 1-65535 (" + EXAMPLE + ")");
            }
        }
        return address;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
