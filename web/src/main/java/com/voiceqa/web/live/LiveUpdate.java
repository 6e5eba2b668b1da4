package com.voiceqa.web.live;

import com.voiceqa.web.api.Ref;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One change to the live page's calls, as {@link LiveHub} takes it. In one process the hub makes them itself; in a
 * cluster the analytics role's hub mirrors them onto Kafka and each web process's hub applies them, so the live page
 * of a web process shows the calls the analytics role follows.
 */
public sealed interface LiveUpdate permits LiveUpdate.CallStarted, LiveCall.Partial, LiveCall.Segment, LiveCall.Alert,
        LiveCall.Ended, LiveUpdate.CallSettled {

    String callId();

    /** A call began; {@code teamId} and {@code accountOwnerId} are what the audience rule decides by. */
    record CallStarted(String callId, Ref rep, Ref account, String device, Instant startedAt, Long teamId,
                       Long accountOwnerId) implements LiveUpdate {
    }

    /** An ended call's stored evaluation: see {@link LiveHub#settled}. */
    record CallSettled(String callId, Set<String> confirmedRuleIds, List<LiveCall.Alert> findings)
            implements LiveUpdate {
    }
}
