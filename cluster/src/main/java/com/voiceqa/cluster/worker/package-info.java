/**
 * {@code ./voiceqa asr-worker}: one member of the ASR consumer group on the audio topic (bus-kafka's
 * {@code AsrWorker}) with the process's speech model, until SIGTERM, which commits what is done and leaves the group
 * so another member takes the partitions at once; progress lines on stderr.
 */
package com.voiceqa.cluster.worker;
