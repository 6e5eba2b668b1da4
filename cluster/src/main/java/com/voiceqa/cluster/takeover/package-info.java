/**
 * How a cluster gateway takes over a call another gateway opened, so that no gateway keeps state another could not
 * take over: a badge that loses gateway A reconnects to gateway B and RESUMEs where it left off.
 *
 * <p><b>What B learns from Kafka, and why this way.</b> Two reads, both bounded:
 * <ol>
 *   <li>The call's metadata (rep, account, format...) and when it opened, from the compacted <i>open-calls</i> topic
 *       ({@link com.voiceqa.cluster.takeover.OpenCallsTopic}, {@code voiceqa.calls}): {@link
 *       com.voiceqa.cluster.takeover.OpenCallsBus} writes one record per call when the call starts (its
 *       {@code Started} event, timestamped with the opening gateway's clock) and a tombstone when it ends. B reads the
 *       call's one partition from the beginning; compaction and one-hour segments keep it at the calls open now plus
 *       those opened or ended within about an hour, a few hundred small records per partition at 1,000 badges, so
 *       the cost does not grow with history.</li>
 *   <li>The acknowledged position and the audio itself from the call's partition of the <i>audio</i> topic, read from
 *       the call's opening time ({@code offsetsForTimes}, with a minute of slack): the chunks 0..n-1 found in order
 *       are exactly what Kafka acknowledged (a chunk is ACKed to the badge only after {@code acks=all}), so n is
 *       the RESUME answer. The work is the partition's records since the call opened, the same replay an ASR worker
 *       does after a rebalance.</li>
 * </ol>
 * A per-append progress topic was the alternative; it would double the records per chunk and still not give B the
 * audio it needs for the CALL_END summary (bytes and SHA-256 of the whole call), which a badge checks before deleting
 * its copy. B copies the audio into its local spool ({@link com.voiceqa.gateway.call.CallTakeover}) and continues
 * the call there; the chunk sequence keeps numbering, so a chunk the badge re-sends is dropped as a duplicate by the
 * gateway, and any repeat that still reaches the log is dropped by sequence by its readers.
 *
 * <p><b>Who holds a call.</b> Each open-calls record names its node; after copying the audio B writes the record
 * again under its name ({@code Handover.claim}, waited for) before it answers RESUME. A gateway that is still alive
 * but lost the badge asks {@code continuedElsewhere} before it expires the call, and only forgets it when another node
 * claimed it (or it ended), so no second, shorter end reaches the audio log.
 *
 * <p><b>Nodes that die.</b> {@link com.voiceqa.cluster.takeover.AbandonedCalls} gives the open calls of a node that
 * left the gateways' consumer group to a live node: a phone (vosk protocol) has no RESUME, so its call is ended at
 * once with the audio Kafka acknowledged; a badge call is adopted (taken over with no connection) and lives by the
 * adopting node's stale-call rule, so a badge that lost power and never returns has its call expire with its audio,
 * and one that returns within the timeout RESUMEs it on any node.
 *
 * <p>Known limits: a call whose {@code Started} record had not reached Kafka when its gateway died is unknown to B
 * (the badge is told UNKNOWN_CALL and starts it again; its re-sent chunks repeat sequences readers drop); a call
 * ended by another gateway answers RESUME and CALL_START with UNKNOWN_CALL rather than its summary (the summary lives
 * with the gateway that ended it; its tombstone keeps the call from being started twice). Kafka has no
 * compare-and-set, so a badge that RESUMEs on node C during the moments node B adopts its call (after B's read of the
 * open-calls topic, before B's claim) leaves both holding it; the later claim wins the record, and if that is B's,
 * B expires the call after the timeout while C still streams to it.
 */
package com.voiceqa.cluster.takeover;
