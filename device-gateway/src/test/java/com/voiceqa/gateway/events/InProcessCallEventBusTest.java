package com.voiceqa.gateway.events;

import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.PartialResult;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.events.CallEvent;
import com.voiceqa.core.events.CallEventBus;
import com.voiceqa.core.events.CallMetadata;
import com.voiceqa.core.events.CallSource;
import com.voiceqa.core.id.CallId;
import com.voiceqa.core.id.CallKey;
import com.voiceqa.core.id.DeviceId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The in-process bus keeps the {@link CallEventBus} port's promises. */
class InProcessCallEventBusTest {

    @Test
    void eachCallsEventsArriveInPublicationOrderOffThePublishersThread() throws Exception {
        List<CallEvent> received = Collections.synchronizedList(new ArrayList<>());
        Set<Thread> listenerThreads = ConcurrentHashMap.newKeySet();
        List<CallEvent> published = new ArrayList<>();
        try (CallEventBus bus = new InProcessCallEventBus()) {
            bus.subscribe(event -> {
                listenerThreads.add(Thread.currentThread());
                received.add(event);
            });
            for (int i = 0; i < 200; i++) {
                CallMetadata call = call("call-" + (i % 3));
                CallEvent event = i < 3 ? new CallEvent.Started(call)
                        : new CallEvent.Partial(call, new PartialResult("mixed", "word " + i, i));
                published.add(event);
                bus.publish(event);
            }
        }
        assertEquals(published, received, "close() delivers everything published, in order");
        assertEquals(1, listenerThreads.size());
        assertNotEquals(Thread.currentThread(), listenerThreads.iterator().next());
    }

    @Test
    void aListenerThatThrowsKeepsItsSubscriptionAndTheOthersStillReceive() throws Exception {
        List<String> second = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch thrown = new CountDownLatch(2);
        try (CallEventBus bus = new InProcessCallEventBus()) {
            bus.subscribe(event -> {
                thrown.countDown();
                throw new IllegalStateException("listener bug");
            });
            bus.subscribe(event -> second.add(event.callId()));
            bus.publish(new CallEvent.Started(call("a")));
            bus.publish(new CallEvent.Started(call("b")));
            assertTrue(thrown.await(10, TimeUnit.SECONDS), "the failing listener got both events");
        }
        assertEquals(List.of(call("a").callId(), call("b").callId()), second);
    }

    @Test
    void anUnsubscribedListenerAndEventsAfterCloseAreNotDelivered() throws Exception {
        List<CallEvent> received = Collections.synchronizedList(new ArrayList<>());
        CallEventBus bus = new InProcessCallEventBus();
        AutoCloseable subscription = bus.subscribe(received::add);
        bus.publish(new CallEvent.Started(call("first")));
        bus.close();
        bus.publish(new CallEvent.Started(call("after-close")));
        subscription.close();
        assertEquals(List.of(new CallEvent.Started(call("first"))), received);

        List<CallEvent> late = Collections.synchronizedList(new ArrayList<>());
        try (CallEventBus open = new InProcessCallEventBus()) {
            AutoCloseable handle = open.subscribe(late::add);
            handle.close();
            open.publish(new CallEvent.Started(call("unheard")));
        }
        assertEquals(List.of(), late);
    }

    private static CallMetadata call(String id) {
        return new CallMetadata(new CallKey(new DeviceId("badge-7"), new CallId(id)), "rep-1", "acct-1",
                CallSource.BADGE, new StreamFormat(16_000, ChannelLayout.MONO), Instant.EPOCH, false);
    }
}
