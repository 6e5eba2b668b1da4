package com.voiceqa.cluster;

/**
 * Points logback, when the product jar brings it, at the cluster roles' configuration
 * ({@code voiceqa-cluster-logback.xml}: Kafka clients at WARN, on stderr). Without it logback's default logs every
 * Kafka client's DEBUG lines to stdout, thousands per minute. Call first, before anything logs through SLF4J; a
 * configuration the operator chose ({@code -Dlogback.configurationFile}) is kept.
 */
public final class ClusterLogging {

    private static final String PROPERTY = "logback.configurationFile";

    private ClusterLogging() {
    }

    public static void configure() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "voiceqa-cluster-logback.xml");
        }
    }
}
