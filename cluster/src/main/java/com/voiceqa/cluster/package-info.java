/**
 * The roles of a VoiceQA cluster that need no web server, composed from device-gateway and bus-kafka and run from the
 * one product jar: {@code ./voiceqa gateway --kafka} ({@link com.voiceqa.cluster.gateway}) and
 * {@code ./voiceqa asr-worker} ({@link com.voiceqa.cluster.worker}). This package holds what both share: reaching
 * Kafka ({@link com.voiceqa.cluster.ClusterKafka}) and naming a node ({@link com.voiceqa.cluster.NodeName}).
 *
 * <p>Dependencies point one way: cluster → device-gateway, bus-kafka → core. Neither of those modules knows this
 * one, and one-process {@code ./voiceqa serve} does not use it.
 */
package com.voiceqa.cluster;
