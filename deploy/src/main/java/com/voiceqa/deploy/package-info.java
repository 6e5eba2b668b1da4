/**
 * What {@code deploy/local-cluster.sh} starts besides VoiceQA's own roles: a real Kafka broker (KRaft) and a real
 * OpenSearch node, each in a JVM of its own on loopback and free ports, the same engines the bus-kafka and
 * index-opensearch tests start in-process. Each main writes its address to a file once it serves, so the script waits
 * for that file, and stops its engine when the JVM is stopped. Development and CI only: no security, one node each.
 */
package com.voiceqa.deploy;
