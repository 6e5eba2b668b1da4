package com.voiceqa.web.notify;

import org.springframework.stereotype.Service;

import java.time.Clock;

/**
 * Queues an alert for every enabled channel that receives it ({@link Channel#receives}); an alert whose key was
 * queued for a channel before is not queued for it again.
 */
@Service
public class Alerts {

    private final OutboxRepository outbox;
    private final Clock clock;

    public Alerts(OutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Returns how many channels it was queued for (0 when it was queued before, or there is no channel). */
    public int publish(Notice notice) {
        int queued = 0;
        for (Channel channel : outbox.channels()) {
            if (channel.receives(notice) && outbox.enqueue(channel.id(), notice, clock.instant())) {
                queued++;
            }
        }
        return queued;
    }
}
