/**
 * {@code ./voiceqa gateway --kafka}: a gateway node of a cluster. {@link com.voiceqa.cluster.gateway.ClusterGateway}
 * composes device-gateway's Netty gateway with bus-kafka: audio to {@code KafkaAudioLog} (a chunk is acknowledged to
 * the device only once Kafka has it with {@code acks=all}), call events to {@code KafkaCallEventBus}, the open-calls
 * topic, the takeover of calls other nodes opened and the end of dead nodes' phone calls
 * ({@link com.voiceqa.cluster.takeover}). The node's spool is a
 * scratch folder of its open calls, created fresh at start and deleted at close: Kafka is the calls' truth.
 * {@link com.voiceqa.cluster.gateway.GatewayRoleCommand} is the one {@code gateway} command: without {@code --kafka}
 * it runs the one-process gateway of device-gateway, unchanged.
 */
package com.voiceqa.cluster.gateway;
