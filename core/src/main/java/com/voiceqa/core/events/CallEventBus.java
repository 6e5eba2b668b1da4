package com.voiceqa.core.events;

/**
 * Where call events travel from the gateway to whoever handles them (live view, rules, storage): a port with one
 * implementation per deployment. In one process it is the gateway's in-process bus; between processes it can be a
 * log such as Kafka, without any publisher or listener changing.
 *
 * <p>Every implementation keeps these promises:
 * <ul>
 *   <li><b>Order per call.</b> A listener receives one call's events in the order they were published (see
 *       {@link CallEvent} for that order). Events of different calls may interleave in any way; a distributed bus
 *       keys its partitions by {@link CallEvent#callId()}.</li>
 *   <li><b>Delivery.</b> Every event published before {@link #close()} reaches every listener subscribed when it was
 *       published, at least once. The in-process bus delivers exactly once while its process lives and loses what it
 *       has not delivered when the process dies (the gateway's spool recovery ends such calls again after a
 *       restart); a distributed bus may deliver an event again after a failure. Listeners therefore treat events as
 *       idempotent per call: a repeated {@link CallEvent.Ended} of a stored call changes nothing, and a call's later
 *       events may arrive without its {@link CallEvent.Started}.</li>
 *   <li><b>Publishers never wait.</b> {@link #publish} returns at once: it is called on Netty event loops and ASR
 *       worker threads.</li>
 *   <li><b>Listeners run on the bus's threads</b>, never on the publisher's, and must be quick: a slow listener may
 *       delay the others. A listener that throws is logged and stays subscribed; the other listeners still get the
 *       event.</li>
 * </ul>
 */
public interface CallEventBus extends AutoCloseable {

    /** Subscribes a listener to events published from now on; closing the returned handle unsubscribes it. */
    AutoCloseable subscribe(CallEventListener listener);

    /** Queues an event for delivery to every current listener. Never blocks; after {@link #close()} it is dropped. */
    void publish(CallEvent event);

    /** Delivers the events already published (waiting a bounded time), then stops. */
    @Override
    void close() throws InterruptedException;
}
